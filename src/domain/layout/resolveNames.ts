import type { WorkbookSpec } from "./spec";

/** A sheet already in the workbook, and the tag it carries (null for the user's own sheets). */
export interface ExistingSheet {
  name: string;
  tag: string | null;
}

/** What a writer does with each spec sheet: replace one of ours, or add under a free name. */
export interface SheetPlacement {
  index: number;
  /** The name to write under. */
  name: string;
  /** Our earlier sheet with the same tag, to be replaced (whatever it is called now). */
  replaces: string | null;
  /** The name for the sheet's Excel table: table names are unique in a workbook, and the old
   *  sheet's table still exists while the new one is built. */
  tableName: string | null;
}

/**
 * Decides where each generated sheet goes. Only sheets carrying our tag are ever replaced; a user
 * sheet that happens to have our name is left alone and ours gets " (2)", " (3)"… A renamed
 * generated sheet keeps its new name.
 */
export function resolveNames(
  spec: WorkbookSpec,
  existing: readonly ExistingSheet[],
  existingTables: readonly string[] = [],
): SheetPlacement[] {
  const taken = new Set(existing.map((s) => s.name.toLowerCase()));
  const tables = new Set(existingTables.map((t) => t.toLowerCase()));
  return spec.sheets.map((sheet, index) => {
    let tableName: string | null = null;
    if (sheet.table) {
      tableName = sheet.table.name;
      for (let n = 2; tables.has(tableName.toLowerCase()); n++)
        tableName = `${sheet.table.name}_${n}`;
      tables.add(tableName.toLowerCase());
    }
    const ours = existing.find((s) => s.tag === sheet.tag);
    if (ours) return { index, name: ours.name, replaces: ours.name, tableName };
    let name = sheet.name;
    for (let n = 2; taken.has(name.toLowerCase()); n++) {
      name = `${sheet.name.slice(0, 31 - ` (${n})`.length)} (${n})`;
    }
    taken.add(name.toLowerCase());
    return { index, name, replaces: null, tableName };
  });
}
