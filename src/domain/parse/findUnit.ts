import { cellRef } from "../address";
import type { Grid } from "../types";
import { cleanText, compact } from "./text";

const UNIT_LABEL = /^(ชื่อ)?หน่วยงาน:?$|^(agency|organi[sz]ation|unit)( name)?:?$/i;
const UNIT_NAME =
  /(เทศบาล(?:ตำบล|เมือง|นคร)|องค์การบริหารส่วน(?:ตำบล|จังหวัด)|อบต\.|อบจ\.|ทต\.|ทม\.|ทน\.|กรุงเทพมหานคร|เมืองพัทยา)\s*[^\s\d()]+/;

/**
 * Finds the agency's name: a cell labelled หน่วยงาน / Agency with the name beside it, or else
 * the first text naming a local government (เทศบาลตำบล…, องค์การบริหารส่วนตำบล…).
 */
export function findUnit(grids: readonly Grid[]): { name: string; cell: string } | null {
  let fallback: { name: string; cell: string } | null = null;
  for (const grid of grids) {
    if (grid.generated) continue;
    for (let r = 0; r < grid.values.length; r++) {
      const row = grid.values[r] ?? [];
      for (let c = 0; c < row.length; c++) {
        const value = row[c];
        if (typeof value !== "string") continue;
        const text = cleanText(value);
        if (UNIT_LABEL.test(text)) {
          const name = row
            .slice(c + 1)
            .find((v): v is string => typeof v === "string" && compact(v) !== "");
          if (name) {
            const nc = row.indexOf(name);
            return {
              name: cleanText(name),
              cell: cellRef(grid.name, grid.top + r, grid.left + nc),
            };
          }
        }
        const inline = /^(?:ชื่อ)?หน่วยงาน\s*[:：]\s*(.+)$/.exec(text);
        if (inline && inline[1])
          return {
            name: cleanText(inline[1]),
            cell: cellRef(grid.name, grid.top + r, grid.left + c),
          };
        if (!fallback) {
          const m = UNIT_NAME.exec(text);
          if (m)
            fallback = {
              name: m[0].replace(/\s+/g, ""),
              cell: cellRef(grid.name, grid.top + r, grid.left + c),
            };
        }
      }
    }
  }
  return fallback;
}
