import type ExcelJS from "exceljs";
import { splitCellRef } from "../../domain/address";
import { isTagName } from "../../domain/layout/tag";

/** Workbook-level defined names that point at our generated sheets. */
function tagNames(workbook: ExcelJS.Workbook): { name: string; ranges: string[] }[] {
  const model = workbook.definedNames.model as { name: string; ranges: string[] }[];
  return model.filter((n) => isTagName(n.name));
}

/** Names of the sheets that carry our tag, whatever they are called now. */
export function taggedSheets(workbook: ExcelJS.Workbook): Map<string, string> {
  const out = new Map<string, string>();
  for (const n of tagNames(workbook)) {
    for (const range of n.ranges) {
      const ref = splitCellRef(range);
      if (ref && workbook.getWorksheet(ref.sheet)) out.set(ref.sheet, n.name);
    }
  }
  return out;
}
