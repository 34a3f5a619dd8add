/** The fake workbook's state: plain data, so a test can snapshot and compare it. */

export interface CellState {
  value: number | string | boolean | null;
  formula: string | null;
  error: string | null;
  numberFormat: string;
  format: Record<string, unknown>;
}

export interface SheetState {
  id: string;
  name: string;
  visibility: "Visible" | "Hidden" | "VeryHidden";
  protected: boolean;
  cells: Record<string, CellState>;
  merges: string[];
  columnWidths: Record<number, number>;
  rowHeights: Record<number, number>;
  conditionalFormats: Record<string, unknown>[];
  validations: { range: string; rule: unknown }[];
  tables: TableState[];
  charts: Record<string, unknown>[];
  freeze: string | null;
  tabColor: string;
  pageLayout: Record<string, unknown>;
  pageBreaks: string[];
  customProperties: Record<string, string>;
}

export interface TableState {
  name: string;
  range: string;
  style: string;
  showBandedRows: boolean;
}

export interface NameState {
  name: string;
  /** The sheet id it refers to, so a rename keeps the reference, and the address on it. */
  sheetId: string | null;
  address: string;
  /** A constant (`="text"`) in place of a reference. */
  value?: string | null;
  /** The sheet the name is scoped to (worksheet.names); absent or null: the workbook. */
  scopeId?: string | null;
  /** Hidden names do not show in Name Manager. @default true */
  visible?: boolean;
}

export interface WorkbookState {
  sheets: SheetState[];
  names: NameState[];
  activeSheetId: string | null;
  selection: string | null;
  nextId: number;
}

/**
 * A worksheet's id as Excel gives it (`Worksheet.id`, a GUID in braces): never mistaken for a
 * sheet's name by `getItem`, which takes either.
 */
export const sheetIdOf = (n: number) =>
  `{00000000-${n.toString(16).padStart(4, "0")}-0000-0000-000000000000}`;

export function emptySheet(id: string, name: string): SheetState {
  return {
    id,
    name,
    visibility: "Visible",
    protected: false,
    cells: {},
    merges: [],
    columnWidths: {},
    rowHeights: {},
    conditionalFormats: [],
    validations: [],
    tables: [],
    charts: [],
    freeze: null,
    tabColor: "",
    pageLayout: {},
    pageBreaks: [],
    customProperties: {},
  };
}

export function emptyCell(): CellState {
  return { value: null, formula: null, error: null, numberFormat: "General", format: {} };
}
