import { INDICATOR_PHRASES } from "./indicators";
import { NOT_PUBLISHED_WHY, OPEN_DATA_PHRASES } from "./openData";
import { SURVEY_PHRASES } from "./survey";
import type { IndicatorPhrase, SurveyPhrase, TopicPhrase } from "./types";

export type { IndicatorPhrase, SurveyPhrase, TopicPhrase } from "./types";
export { NOT_PUBLISHED_WHY };

/** The phrases of a survey question's topic, or null for a topic we have no words for. */
export function surveyPhrase(topic: string | null): SurveyPhrase | null {
  return (topic && SURVEY_PHRASES[topic]) || null;
}

/** The words of an OIT topic, or null. */
export function openDataPhrase(topic: string | null): TopicPhrase | null {
  return (topic && OPEN_DATA_PHRASES[topic]) || null;
}

/** The phrases of an indicator as a whole. */
export function indicatorPhrase(n: number): IndicatorPhrase | null {
  return INDICATOR_PHRASES[n] ?? null;
}

/** The topics the phrase library has words for, survey and OIT (for the tests). */
export const PHRASED_TOPICS = {
  survey: Object.keys(SURVEY_PHRASES),
  open: Object.keys(OPEN_DATA_PHRASES),
};
