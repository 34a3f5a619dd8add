/**
 * Every layout of the seed's data, written as a real .xlsx file (one of them as an Excel
 * table) and read back through ExcelJS and the command line: the same total, deltas and flags.
 */
import { promises as fs } from "node:fs";
import path from "node:path";
import { LAYOUTS, longTable } from "../fixtures/layouts";
import { toWorkbook } from "../fixtures/toWorkbook";
import { cliJson, tempDir } from "../helpers";

interface Report {
  total: { score: number; computed: number; previous: number; delta: number; level: string };
  indicators: { number: number; delta: number | null; flag: string }[];
}

const essence = (r: Report) => ({
  total: r.total,
  indicators: r.indicators.map((i) => [i.number, i.delta, i.flag]),
});

describe("layouts as .xlsx files", () => {
  let dir: string;
  let reference: ReturnType<typeof essence>;
  beforeAll(async () => {
    dir = await tempDir();
  });
  afterAll(async () => {
    await fs.rm(dir, { recursive: true, force: true });
  });

  async function analyse(file: string): Promise<Report> {
    const { code, stdout } = await cliJson(file, file.replace(/\.xlsx$/, "-out.xlsx"));
    expect(code).toBe(0);
    return JSON.parse(stdout) as Report;
  }

  it.each(Object.keys(LAYOUTS))("%s", async (name) => {
    const file = path.join(dir, `${name}.xlsx`);
    await toWorkbook(LAYOUTS[name]!()).xlsx.writeFile(file);
    const result = essence(await analyse(file));
    reference ??= result;
    expect(result).toEqual(reference);
    expect(result.total).toEqual({
      score: 94.5,
      reported: 94.5,
      computed: 94.49,
      previous: 86.71,
      delta: 7.79,
      level: "ผ่านดี",
      passed: true,
      levelHeldBy: [],
      previousLevel: "ผ่าน",
    });
  });

  it("reads a long table kept as an Excel table", async () => {
    const layout = longTable()[0]!;
    const wb = toWorkbook([{ name: "Blank", rows: [] }]);
    const ws = wb.addWorksheet("ข้อมูล");
    ws.addTable({
      name: "ITAScores",
      ref: "B3",
      headerRow: true,
      columns: (layout.rows[0] as string[]).map((name) => ({ name })),
      rows: layout.rows.slice(1).map((r) => [0, 1, 2, 3].map((i) => r[i] ?? null)) as (
        string | number | null
      )[][],
    });
    const file = path.join(dir, "table.xlsx");
    await wb.xlsx.writeFile(file);
    expect(essence(await analyse(file)).total.score).toBe(94.5);
  });
});
