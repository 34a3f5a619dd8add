/**
 * The yearly cycle's second year inside Excel (fake): the sample generated for 2568, then, as
 * staff do in Excel, its 2569 plan marked (test/fixtures/twoYears.ts: `STATUSES_2569`,
 * `STAFF_TEXT`, `STAFF_ROW`) and the score table given a 2569 column (`sampleWith2569`). The next
 * Generate (the table's latest year, 2569) reports on the 2569 plan.
 */
import type { FakeExcel } from "../fakeExcel/fakeExcel";
import { emptyCell, type SheetState } from "../fakeExcel/state";
import { PLAN_COLUMNS, type PlanKey } from "../../src/domain/layout/planSheet";
import { mixedTable } from "../fixtures/layouts";
import { STAFF_ROW, sampleWith2569 } from "../fixtures/twoYears";
import { staffEdits } from "../fixtures/twoYearsFile";
import { fakeWith, generate } from "./helpers";

const set = (sheet: SheetState, r: number, c: number, value: string | number | null) => {
  const cell = (sheet.cells[`${r},${c}`] ??= emptyCell());
  cell.value = value;
  cell.formula = null;
};

/** A fake Excel holding the sample's second year, before its Generate. */
export async function secondYearFake(): Promise<FakeExcel> {
  const fake = fakeWith(mixedTable());
  const first = await generate(fake, { today: "2025-11-10" });
  if (first.kind !== "done") throw new Error("the first year did not generate");
  const plan = fake.sheet("แผนพัฒนา ITA 2569")!;
  const label = (k: PlanKey) => PLAN_COLUMNS.find((c) => c.key === k)!.label.th;
  const at = (text: string) =>
    Object.entries(plan.cells)
      .find(([, c]) => c.value === text)![0]
      .split(",")
      .map(Number) as [number, number];
  const [header, idCol] = at(label("id"));
  const col = (k: PlanKey) => at(label(k))[1];
  const edits = staffEdits();
  let last = header;
  for (let r = header + 1; plan.cells[`${r},${idCol}`]?.value; r++) {
    last = r;
    for (const [k, v] of Object.entries(edits[String(plan.cells[`${r},${idCol}`]!.value)] ?? {}))
      set(plan, r, col(k as PlanKey), v);
  }
  for (const [k, v] of Object.entries(STAFF_ROW)) set(plan, last + 1, col(k as PlanKey), v);
  // The score table with its 2569 column, as staff typed it.
  const table = fake.sheet("ITA")!;
  table.cells = {};
  table.merges = [];
  sampleWith2569()[0]!.rows.forEach((row, r) =>
    row.forEach((v, c) => {
      if (v !== null && typeof v !== "object") set(table, r + 1, c + 1, v as string | number);
    }),
  );
  return fake;
}
