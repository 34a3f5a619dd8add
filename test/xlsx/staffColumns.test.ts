/**
 * Every editable column of every table we generate keeps what staff type in it, through a real
 * regeneration of a real file: a text and a number in our rows (the number comes back a
 * number), an emptied cell stays empty, and, in tables staff add rows to, every column of
 * their rows. The tables are found from the column lists the layout defines, so a new table
 * or a new column is tested without a line here (a new table only needs its sheet kind below).
 * The sample has no earlier plan: the follow-up is given by hand, through every door the same.
 */
import ExcelJS from "exceljs";
import JSZip from "jszip";
import { promises as fs } from "node:fs";
import path from "node:path";
import { definedColumnLists, type ColumnDef } from "../../src/domain/layout/columns";
import { FOLLOW_UP_COLUMNS } from "../../src/domain/layout/followUpSheet";
import { MEMO_COLUMNS } from "../../src/domain/layout/memoSheet";
import { PLAN_COLUMNS } from "../../src/domain/layout/planSheet";
import "../../src/domain/layout/buildWorkbookSpec";
import type { SheetKind } from "../../src/domain/layout/tag";
import { SAMPLE, cli, editLikeExcel, openXlsx, tempDir } from "../helpers";
import { same } from "../sheetText";

/** The sheet each table with editable columns is on, and whether staff add rows to it. */
const TABLES = new Map<readonly ColumnDef[], { kind: SheetKind; rowsAdded: boolean }>([
  [PLAN_COLUMNS, { kind: "plan", rowsAdded: true }],
  [MEMO_COLUMNS, { kind: "memo", rowsAdded: false }],
  [FOLLOW_UP_COLUMNS, { kind: "followup", rowsAdded: true }],
]);

// The sample has no earlier plan: its follow-up is made by hand (test/fixtures/followUpMock.ts),
// so that the follow-up sheet is written and read back as the other sheets are.
jest.mock("../../src/domain/layout/buildWorkbookSpec", () =>
  jest
    .requireActual<typeof import("../fixtures/followUpMock")>("../fixtures/followUpMock")
    .withSampleFollowUp(jest.requireActual("../../src/domain/layout/buildWorkbookSpec")),
);

const editableLists = () => definedColumnLists().filter((list) => list.some((c) => c.editable));

/** The sheet carrying our tag for `kind` (read from workbook.xml, as hosts do). */
async function sheetOf(file: string, kind: SheetKind): Promise<string> {
  const zip = await JSZip.loadAsync(await fs.readFile(file));
  const xml = await zip.file("xl/workbook.xml")!.async("string");
  const m = new RegExp(`name="ITAAnalyzer_${kind}_\\d+">'((?:[^']|'')+)'!`).exec(xml);
  if (!m) throw new Error(`no ${kind} sheet`);
  return m[1]!.replace(/''/g, "'");
}

/** Where a table's columns are: the key's header row, each column by header or by position. */
function place(ws: ExcelJS.Worksheet, columns: readonly ColumnDef[]) {
  const key = columns.find((c) => c.rowKey)!;
  let header = -1;
  let keyCol = -1;
  ws.eachRow((row, r) =>
    row.eachCell((cell, c) => {
      if (header < 0 && typeof cell.value === "string" && same(cell.value) === same(key.label.th))
        [header, keyCol] = [r, c];
    }),
  );
  const head = (c: ColumnDef) => {
    for (let k = 1; k <= ws.columnCount; k++) {
      const v = ws.getCell(header, k).value;
      if (typeof v === "string" && same(v) === same(c.label.th)) return k;
    }
    return -1;
  };
  const byHeader = columns.filter((c) => head(c) > 0).length > 1;
  const at = new Map(
    columns.map((c, i) => [c.key, byHeader ? head(c) : keyCol + i - columns.indexOf(key)]),
  );
  const keyed: number[] = [];
  for (let r = header + 1; r <= ws.rowCount; r++) if (ws.getCell(r, keyCol).value) keyed.push(r);
  /** A cell staff can type in: not inside a merged area but its first cell. */
  const own = (r: number, c: number) => {
    const cell = ws.getCell(r, c);
    return !cell.isMerged || cell.master.address === cell.address;
  };
  return { key, keyCol, at, keyed, own };
}

describe("every editable column of every table we generate", () => {
  let dir: string;
  beforeAll(async () => {
    dir = await tempDir();
  });
  afterAll(async () => {
    await fs.rm(dir, { recursive: true, force: true });
  });

  it("knows the sheet of every table with editable columns", () => {
    expect(editableLists().length).toBeGreaterThanOrEqual(2);
    for (const list of editableLists()) {
      expect({ columns: list.map((c) => c.key), known: TABLES.has(list) }).toMatchObject({
        known: true,
      });
    }
  });

  it("keeps a text and a number in our rows, an emptied cell, and every column of added rows", async () => {
    const first = path.join(dir, "first.xlsx");
    expect((await cli(["analyze", SAMPLE, "-o", first])).code).toBe(0);
    const expected: { kind: SheetKind; check: (ws: ExcelJS.Worksheet) => void }[] = [];
    const sheets = new Map<SheetKind, string>();
    for (const { kind } of TABLES.values()) sheets.set(kind, await sheetOf(first, kind));

    await editLikeExcel(first, (wb) => {
      for (const [columns, { kind, rowsAdded }] of TABLES) {
        const ws = wb.getWorksheet(sheets.get(kind)!)!;
        const { key, keyCol, at, keyed, own } = place(ws, columns);
        const editable = columns.filter((c) => c.editable);
        expect(keyed.length).toBeGreaterThanOrEqual(3);
        const keyOf = (r: number) => ws.getCell(r, keyCol).value;
        const typed: { keyValue: unknown; col: number; value: ExcelJS.CellValue }[] = [];
        editable.forEach((c, i) => {
          const col = at.get(c.key)!;
          expect(col).toBeGreaterThan(0);
          // A text in the first row that has the cell, a number in the second, empty in the third.
          const rows = keyed.filter((r) => own(r, col));
          ([`=แก้ไข ${c.key}`, 1000 + i + 0.25, null] as const).forEach((value, n) => {
            const r = rows[n];
            if (r === undefined) return;
            ws.getCell(r, col).value = value;
            typed.push({ keyValue: keyOf(r), col, value });
          });
        });
        // Every editable column was typed into where some row has a cell of its own there (a
        // form's column that only ever continues a merged area has none).
        const owned = editable.filter((c) => keyed.some((r) => own(r, at.get(c.key)!)));
        expect(owned.length).toBeGreaterThan(0);
        expect(new Set(typed.map((t) => t.col)).size).toBe(owned.length);
        const added: { values: Map<number, ExcelJS.CellValue> }[] = [];
        if (rowsAdded) {
          const last = ws.rowCount;
          const kept = columns.filter((c) => c.source !== "number");
          // One row of texts (no code), one of numbers with a code staff made up.
          [
            (c: ColumnDef, i: number) => (c === key ? null : `+ ของเจ้าหน้าที่ ${i}`),
            (c: ColumnDef, i: number) => (c === key ? "ST-1" : 2568 + i),
          ].forEach((valueOf, n) => {
            const values = new Map<number, ExcelJS.CellValue>();
            kept.forEach((c, i) => {
              const v = valueOf(c, i);
              if (v === null) return;
              ws.getCell(last + 1 + n, at.get(c.key)!).value = v;
              values.set(at.get(c.key)!, v);
            });
            added.push({ values });
          });
        }
        expected.push({
          kind,
          check: (again) => {
            const p = place(again, columns);
            const rowOf = (k: unknown) =>
              p.keyed.find((r) => again.getCell(r, p.keyCol).value === k);
            for (const t of typed) {
              const r = rowOf(t.keyValue);
              expect({
                kind,
                key: t.keyValue,
                col: t.col,
                value: r && again.getCell(r, t.col).value,
              }).toEqual({ kind, key: t.keyValue, col: t.col, value: t.value });
            }
            for (const a of added) {
              const [firstCol, firstValue] = [...a.values][0]!;
              let found = -1;
              for (let r = 1; r <= again.rowCount; r++)
                if (again.getCell(r, firstCol).value === firstValue) found = r;
              expect(found).toBeGreaterThan(0);
              for (const [col, value] of a.values)
                expect({ kind, col, value: again.getCell(found, col).value }).toEqual({
                  kind,
                  col,
                  value,
                });
            }
          },
        });
      }
    });

    const second = path.join(dir, "second.xlsx");
    expect((await cli(["analyze", first, "-o", second])).code).toBe(0);
    const again = await openXlsx(second);
    for (const e of expected) e.check(again.getWorksheet(await sheetOf(second, e.kind))!);
    expect(expected.map((e) => e.kind)).toEqual([...TABLES.values()].map((t) => t.kind));
  }, 60_000);
});
