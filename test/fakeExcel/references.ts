/**
 * Formula references to other sheets, as Excel keeps them: a rename rewrites every formula that
 * points at the sheet; a delete turns those references into #REF!, and a new sheet of the same
 * name does not mend them.
 */
import { quoteSheet } from "../../src/domain/address";
import type { CellState, WorkbookState } from "./state";

const REF =
  /(?:'((?:[^']|'')+)'|([A-Za-z0-9_.\u0E00-\u0E7F]+))!(\$?[A-Z]{1,3}\$?\d+(?::\$?[A-Z]{1,3}\$?\d+)?)/g;

const unquote = (quoted: string | undefined, bare: string | undefined) =>
  quoted !== undefined ? quoted.replace(/''/g, "'") : (bare ?? "");

function rewrite(state: WorkbookState, fn: (sheet: string, match: string, cell: string) => string) {
  for (const s of state.sheets) {
    for (const cell of Object.values(s.cells)) {
      if (!cell.formula) continue;
      cell.formula = cell.formula.replace(
        REF,
        (match, q: string | undefined, b: string | undefined, c: string) =>
          fn(unquote(q, b), match, c),
      );
    }
  }
}

export function renameReferences(state: WorkbookState, from: string, to: string): void {
  const quoted = /^[A-Za-z_][A-Za-z0-9_]*$/.test(to) ? to : quoteSheet(to);
  rewrite(state, (sheet, match, cell) =>
    sheet.toLowerCase() === from.toLowerCase() ? `${quoted}!${cell}` : match,
  );
}

export function breakReferences(state: WorkbookState, deleted: string): void {
  rewrite(state, (sheet, match) =>
    sheet.toLowerCase() === deleted.toLowerCase() ? "#REF!" : match,
  );
}

/**
 * The value of a cell as Excel would show it. The fake calculates only formulas that are one
 * reference (`='Sheet'!C5`, `=C5`) or contain #REF!; other formula cells keep the value they
 * were given (as a file's cached value).
 */
export function cellValue(
  state: WorkbookState,
  sheetName: string,
  cell: CellState,
  depth = 0,
): { value: string | number | boolean | null; error: string | null } {
  if (cell.formula && depth < 8) {
    if (cell.formula.includes("#REF!")) return { value: null, error: "#REF!" };
    const m =
      /^=(?:(?:'((?:[^']|'')+)'|([A-Za-z0-9_.\u0E00-\u0E7F]+))!)?\$?([A-Z]{1,3})\$?(\d+)$/.exec(
        cell.formula,
      );
    if (m) {
      const target = m[1] !== undefined || m[2] !== undefined ? unquote(m[1], m[2]) : sheetName;
      const sheet = state.sheets.find((s) => s.name.toLowerCase() === target.toLowerCase());
      if (!sheet) return { value: null, error: "#REF!" };
      const col = (m[3] as string).split("").reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0);
      const ref = sheet.cells[`${m[4]},${col}`];
      if (!ref) return { value: 0, error: null };
      return cellValue(state, sheet.name, ref, depth + 1);
    }
  }
  return { value: cell.value, error: cell.error };
}
