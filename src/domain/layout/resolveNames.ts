import { quoteSheet } from "../address";
import type { Finding, Grid } from "../types";
import { isProvablyOurs, parseMark } from "./ownership";
import type { WorkbookSpec } from "./spec";

/** A sheet already in the workbook as the host read it: its name, tag, mark and cells. */
export type ExistingSheet = Pick<Grid, "name" | "tag" | "mark" | "top" | "left" | "values">;

/** What a writer does with each spec sheet: replace one of ours, or add under a free name. */
export interface SheetPlacement {
  index: number;
  /** The name to write under. */
  name: string;
  /** Our earlier sheet with the same tag, to be replaced (whatever it is called now). Set only
   *  when that sheet is provably ours (layout/ownership.ts). */
  replaces: string | null;
  /** A sheet that carries this sheet's tag but is not provably ours: it is left as it is and the
   *  new sheet is written beside it (the tag moves to the new sheet). */
  leftAlone: string | null;
  /** The name for the sheet's Excel table: table names are unique in a workbook, and the old
   *  sheet's table still exists while the new one is built. */
  tableName: string | null;
}

/**
 * Decides where each generated sheet goes. A sheet carrying our tag is replaced only when it is
 * provably ours (tag, mark and title, and a mark id no other sheet carries); any other sheet is
 * the user's: left alone, and ours gets a free name, " (2)", " (3)"… A renamed generated sheet
 * keeps its new name.
 */
export function resolveNames(
  spec: WorkbookSpec,
  existing: readonly ExistingSheet[],
  existingTables: readonly string[] = [],
): SheetPlacement[] {
  const taken = new Set(existing.map((s) => s.name.toLowerCase()));
  const tables = new Set(existingTables.map((t) => t.toLowerCase()));
  const idCount = new Map<string, number>();
  for (const s of existing) {
    const id = parseMark(s.mark ?? null)?.id;
    if (id) idCount.set(id, (idCount.get(id) ?? 0) + 1);
  }
  const provable = (s: ExistingSheet) =>
    isProvablyOurs(s) && idCount.get(parseMark(s.mark ?? null)?.id ?? "") === 1;
  return spec.sheets.map((sheet, index) => {
    let tableName: string | null = null;
    if (sheet.table) {
      tableName = sheet.table.name;
      for (let n = 2; tables.has(tableName.toLowerCase()); n++)
        tableName = `${sheet.table.name}_${n}`;
      tables.add(tableName.toLowerCase());
    }
    const tagged = existing.find((s) => s.tag === sheet.tag);
    if (tagged && provable(tagged))
      return { index, name: tagged.name, replaces: tagged.name, leftAlone: null, tableName };
    let name = sheet.name;
    for (let n = 2; taken.has(name.toLowerCase()); n++) {
      name = `${sheet.name.slice(0, 31 - ` (${n})`.length)} (${n})`;
    }
    taken.add(name.toLowerCase());
    return { index, name, replaces: null, leftAlone: tagged?.name ?? null, tableName };
  });
}

/** A notice for each tagged sheet that was not provably ours and was left as it is. */
export function ownershipFindings(placements: readonly SheetPlacement[]): Finding[] {
  return placements.flatMap((p) =>
    p.leftAlone === null
      ? []
      : [
          {
            severity: "warning" as const,
            rule: "sheetNotProvablyOurs",
            cell: `${quoteSheet(p.leftAlone)}!A1`,
            message: {
              th: `ชีต "${p.leftAlone}" มีป้ายชื่อของโปรแกรม แต่พิสูจน์ไม่ได้ว่าโปรแกรมสร้างไว้ (อาจมีการแก้ไขหรือคัดลอกมา) จึงไม่แทนที่และไม่ลบ ผลลัพธ์ใหม่อยู่ในชีต "${p.name}"`,
              en: `Sheet "${p.leftAlone}" carries our tag but cannot be proved to be ours (it may have been edited or copied), so it is neither replaced nor deleted; the new result is in sheet "${p.name}"`,
            },
          },
        ],
  );
}
