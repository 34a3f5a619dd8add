import { FakeExcel } from "../fakeExcel/fakeExcel";
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
