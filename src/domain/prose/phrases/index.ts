import { INDICATOR_PHRASES } from "./indicators";
import { OPEN_DATA_PHRASES_2568, TOPICS_2568 } from "./openData2568";
import { SURVEY_PHRASES } from "./survey";
import type { IndicatorPhrase, OpenDataPhrase, SurveyPhrase, TopicPhrase } from "./types";

export type { IndicatorPhrase, OpenDataPhrase, SurveyPhrase, TopicPhrase } from "./types";

/** OIT phrases by year: their numbering changes every year, so only years we have written. */
const OPEN_DATA: Record<
  number,
  { items: Record<string, OpenDataPhrase>; topics: Record<string, TopicPhrase> }
> = {
  2568: { items: OPEN_DATA_PHRASES_2568, topics: TOPICS_2568 },
};

/** The phrases of a survey item (i…, e…), or null for a code we have no words for. */
export function surveyPhrase(code: string): SurveyPhrase | null {
  return SURVEY_PHRASES[code] ?? null;
}

/** The phrases of an OIT item in a year, with its topic, or null when that year is unknown. */
export function openDataPhrase(
  code: string,
  year: number,
): { item: OpenDataPhrase; topic: TopicPhrase } | null {
  const book = OPEN_DATA[year];
  const item = book?.items[code];
  const topic = item ? book?.topics[item.topic] : undefined;
  return item && topic ? { item, topic } : null;
}

/** The codes of a topic's items in a year, in order. */
export function topicCodes(topic: string, year: number): string[] {
  const items = OPEN_DATA[year]?.items ?? {};
  return Object.keys(items).filter((code) => items[code]?.topic === topic);
}

/** The phrases of an indicator as a whole. */
export function indicatorPhrase(n: number): IndicatorPhrase | null {
  return INDICATOR_PHRASES[n] ?? null;
}
