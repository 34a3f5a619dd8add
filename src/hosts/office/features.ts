/**
 * What the running Excel supports, asked once per action. The manifest asks for ExcelApi 1.7
 * (Office 2019); newer APIs are used only when `isSetSupported` says so, with a fallback that
 * still writes correct sheets.
 */
export interface Features {
  /** ExcelApi 1.8: data validation (the status drop-down). */
  dataValidation: boolean;
  /** ExcelApi 1.9: range areas, page layout, page breaks, indent level. */
  rangeAreas: boolean;
  pageLayout: boolean;
  /** ExcelApi 1.12: worksheet custom properties (a second tag beside the defined name). */
  customProperties: boolean;
  /** ExcelApi 1.13: merged areas when reading. */
  mergedAreas: boolean;
}

export type SupportsFn = (version: string) => boolean;

export function detectFeatures(supports: SupportsFn): Features {
  return {
    dataValidation: supports("1.8"),
    rangeAreas: supports("1.9"),
    pageLayout: supports("1.9"),
    customProperties: supports("1.12"),
    mergedAreas: supports("1.13"),
  };
}

/**
 * True where Office can hand back the document as a PDF: the PdfFile requirement set
 * (`Document.getFileAsync(Office.FileType.Pdf)`: Excel on Windows, Mac and the web, not on iPad,
 * which has the File set without PDF output). office.js defines `getFileAsync` everywhere, so
 * the method's presence says nothing.
 */
export function pdfSupported(): boolean {
  return (
    typeof Office !== "undefined" &&
    Office.context?.requirements?.isSetSupported("PdfFile", "1.1") === true
  );
}

/** `isSetSupported` of the running Office, or "nothing beyond 1.7" outside Office. */
export function officeSupports(version: string): boolean {
  return (
    typeof Office !== "undefined" &&
    Office.context?.requirements?.isSetSupported("ExcelApi", version) === true
  );
}
