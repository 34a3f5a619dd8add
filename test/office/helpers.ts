import { FakeExcel } from "../fakeExcel/fakeExcel";
import { emptyCell } from "../fakeExcel/state";
import type { Layout } from "../fixtures/layouts";
import { generateInExcel, type OfficeOutcome } from "../../src/hosts/office/generateInExcel";
import type { GenerateOptions } from "../../src/domain/generate";

/**
 * A fake Excel holding a layout's sheets. It refuses methods on null objects (nothing in
 * Microsoft's documentation says what Excel does there, so the add-in must not rely on it).
 */
export function fakeWith(layout: Layout, apiVersion = 17): FakeExcel {
  const fake = new FakeExcel({ apiVersion });
  fake.strictNullObjects = true;
  for (const sheet of layout) {
    const s = fake.addSheet(
      sheet.name,
      sheet.rows.map((r) => r.map((v) => (v !== null && typeof v === "object" ? v.error : v))),
    );
    s.merges.push(...(sheet.merges ?? []));
  }
  return fake;
}

const markIds = new WeakMap<FakeExcel, number>();

/** Generate in the fake; mark ids are counted per fake, so two fakes given the same calls agree. */
export async function generate(
  fake: FakeExcel,
  options: GenerateOptions & { scope?: "workbook" | "selection" } = {},
): Promise<OfficeOutcome> {
  const newMarkId = () => {
    const n = (markIds.get(fake) ?? 0) + 1;
    markIds.set(fake, n);
    return n.toString(16).padStart(16, "0");
  };
  return generateInExcel({ run: fake.run, supports: fake.supports }, { newMarkId, ...options });
}

/** The seed table with `factor` times as many rows: notes appended below the table. */
export function withNoise(layout: Layout, factor: number): Layout {
  return layout.map((sheet) => {
    const extra = sheet.rows.length * (factor - 1);
    const noise = Array.from({ length: extra }, (_, i) => [
      `หมายเหตุ ${i + 1}`,
      null,
      null,
      null,
      `บันทึกของเจ้าหน้าที่ ${i}`,
    ]);
    return { ...sheet, rows: [...sheet.rows, ...noise] };
  });
}

/** A plain data sheet of `rows` × `cols` beside the scores (numbers and short texts). */
export function dataSheet(rows: number, cols: number): (string | number)[][] {
  const out: (string | number)[][] = [];
  for (let r = 0; r < rows; r++) {
    const row: (string | number)[] = [];
    for (let c = 0; c < cols; c++) row.push(c === 0 ? `รายการ ${r + 1}` : r * cols + c);
    out.push(row);
  }
  return out;
}

/** A new fake holding a copy of another's workbook (and where its mark ids have got to). */
export function cloneFake(fake: FakeExcel): FakeExcel {
  const copy = new FakeExcel({ apiVersion: fake.apiVersion });
  copy.strictNullObjects = fake.strictNullObjects;
  copy.state = JSON.parse(fake.snapshot()) as FakeExcel["state"];
  markIds.set(copy, markIds.get(fake) ?? 0);
  return copy;
}

/** The "row,column" key of the first cell of a fake sheet whose value is `text`. */
export function keyOf(sheet: { cells: Record<string, { value: unknown }> }, text: string): string {
  const found = Object.entries(sheet.cells)
    .map(([k]) => k.split(",").map(Number) as [number, number])
    .sort((a, b) => a[0] - b[0] || a[1] - b[1])
    .find(([r, c]) => sheet.cells[`${r},${c}`]?.value === text);
  if (!found) throw new Error(`no cell "${text}"`);
  return `${found[0]},${found[1]}`;
}

/** The value to the right of a label in a fake sheet, `offset` columns on. */
export function besideOf(
  sheet: { cells: Record<string, { value: unknown }> },
  text: string,
  offset = 1,
): unknown {
  const [r, c] = keyOf(sheet, text).split(",").map(Number) as [number, number];
  return sheet.cells[`${r},${c + offset}`]?.value;
}

/**
 * Staff rows added under the generated action plan (what a regeneration keeps): `n` rows of
 * realistic Thai text in the plan's own columns, found by their headers.
 */
export function addPlanRows(fake: FakeExcel, n: number): void {
  const plan = fake.state.sheets.find((s) => /^(แผนพัฒนา|Action plan)/.test(s.name));
  if (!plan) throw new Error("no generated plan");
  const cells = Object.entries(plan.cells).map(([k, c]) => [k.split(",").map(Number), c] as const);
  const header = cells.find(([, c]) => c.value === "มาตรการ/โครงการ/กิจกรรม");
  if (!header) throw new Error("no plan header");
  const [headerRow] = header[0] as [number, number];
  const columns = cells
    .filter(([[r]]) => r === headerRow)
    .map(([[, c], cell]) => [c as number, String(cell.value)] as const);
  const last = Math.max(...cells.map(([[r]]) => r as number));
  const text: Record<string, (i: number) => string> = {
    "มาตรการ/โครงการ/กิจกรรม": (i) => `โครงการเสริมสร้างความโปร่งใสของหน่วยงาน ครั้งที่ ${i + 1}`,
    "ประเด็นที่ต้องปรับปรุง/\nพัฒนา/รักษาระดับ": () =>
      "ผู้รับบริการยังไม่ทราบช่องทางการร้องเรียนและการติดตามผลการดำเนินงานของหน่วยงาน",
    ขั้นตอนการดำเนินงาน: () =>
      "1. จัดทำแผนประชาสัมพันธ์ช่องทางการร้องเรียน 2. เผยแพร่ทางเว็บไซต์และป้ายประกาศ 3. ติดตามและรายงานผลต่อผู้บริหารทุกไตรมาส",
    ระยะเวลา: () => "ต.ค. 2568 –\nก.ย. 2569",
    ผู้รับผิดชอบ: () => "สำนักปลัดเทศบาล",
  };
  for (let i = 0; i < n; i++)
    for (const [col, label] of columns) {
      const fill = text[label];
      if (!fill) continue;
      const cell = emptyCell();
      cell.value = fill(i);
      plan.cells[`${last + 1 + i},${col}`] = cell;
    }
}
