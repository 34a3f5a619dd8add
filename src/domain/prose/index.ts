/** The report's words (Thai and English), from the analysis alone. README.md says how. */
export { contributions } from "./contributions";
export { indicatorText } from "./indicatorText";
export { itemQuestion } from "./itemQuestion";
export { levelText, previousLevelText } from "./levelText";
export { planIssueText } from "./planIssueText";
export { reportText } from "./reportText";
export type { Contribution, IndicatorText, LevelText, ReportText } from "./types";
