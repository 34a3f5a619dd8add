import type { Bilingual } from "../../types";

/**
 * Words for one survey item (IIT i…, EIT e…). Each part is written to fit one place:
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

/** Words for one OIT item of a year: a short noun phrase of what is published, and what to do. */
export interface OpenDataPhrase {
  topic: string;
  name: Bilingual;
  fix: Bilingual;
}

/** A group of related OIT items (procurement o12–o13, personnel o14–o15, …). */
export interface TopicPhrase {
  /** Noun phrase after "ข้อมูล" / "data on". */
  name: Bilingual;
  /** A likely cause when some of its items are weak (after "ซึ่งอาจเกิดจาก"). */
  why: Bilingual;
}

/** Words for an indicator as a whole, used when its items are not in the table. */
export interface IndicatorPhrase {
  weak: Bilingual;
  why: Bilingual;
  fix: Bilingual;
  strong: Bilingual;
}
