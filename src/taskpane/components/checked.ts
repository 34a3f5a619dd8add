/**
 * What the pane shows once a workbook has been read and checked (what was found, the options,
 * the findings, and Fluent's Button, which only they and the Excel host's read buttons use): one
 * chunk, fetched as soon as there is a host to read, not part of the first download.
 */
export { Button } from "@fluentui/react-components";
export { FindingsList } from "./FindingsList";
export { FoundSummary } from "./FoundSummary";
export { OptionsForm } from "./OptionsForm";
