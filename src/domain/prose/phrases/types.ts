import type { Bilingual } from "../../types";

/**
 * Words for one survey question, by its topic. Each part is written to fit one place:
 * - `weak`: a clause after "บุคลากรภายในบางส่วนเห็นว่า" / "some staff find that" (what is wrong);
 * - `why`: a clause after "ซึ่งอาจเกิดจาก" / "possibly because" (a likely cause);
 * - `fix`: a verb phrase (what to do), no subject;
 * - `strong`: a whole clause with its subject (what is done well and must be kept).
 */
export interface SurveyPhrase {
  weak: Bilingual;
  why: Bilingual;
  fix: Bilingual;
  strong: Bilingual;
}

/**
 * Words for an OIT topic (its items' own words, name and fix, are in the year files). Its
 * name is the topic's (framework/topics.ts).
 */
export interface TopicPhrase {
  /** A likely cause when some of its items are published but incomplete (after "ซึ่งอาจเกิดจาก"). */
  why: Bilingual;
}

/** Words for an indicator as a whole, used when its items are not in the table. */
export interface IndicatorPhrase {
  weak: Bilingual;
  why: Bilingual;
  fix: Bilingual;
  strong: Bilingual;
}
