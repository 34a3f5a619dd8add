import { parseArea, splitAreas } from "../../src/hosts/office/addresses";
import { detectFeatures } from "../../src/hosts/office/features";
import { readGrids } from "../../src/hosts/office/readGrids";
import { MAX_ROW_HEIGHT, renderContent } from "../../src/hosts/office/renderSheet";
import type { SheetSpec } from "../../src/domain/layout/spec";
import { FakeExcel } from "../fakeExcel/fakeExcel";
import { mixedTable } from "../fixtures/layouts";
import { fakeWith, generate } from "./helpers";

describe("addresses as Excel returns them", () => {
  it("does not split a sheet name with a comma", () => {
    expect(splitAreas("'สรุป, 2568'!A1:C1,'สรุป, 2568'!A2:B3")).toEqual(["A1:C1", "A2:B3"]);
    expect(splitAreas("'It''s, here'!$A$1:$B$2")).toEqual(["$A$1:$B$2"]);
    expect(splitAreas("Sheet1!A1,Sheet1!C3:D4")).toEqual(["A1", "C3:D4"]);
  });

  it("reads whole columns and rows", () => {
    expect(parseArea("A:E")).toEqual({ top: 1, bottom: 1_048_576, left: 1, right: 5 });
    expect(parseArea("$5:$7")).toEqual({ top: 5, bottom: 7, left: 1, right: 16_384 });
    expect(parseArea("B2:C9")).toEqual({ top: 2, bottom: 9, left: 2, right: 3 });
  });

  it("reads the merged areas of a sheet whose name holds a comma", async () => {
    const fake = new FakeExcel();
    fake.strictNullObjects = true;
    const s = fake.addSheet("สรุป, 2568", [
      ["หัวเรื่อง", null, null],
      ["a", "b", 1],
    ]);
    s.merges.push("A1:C1");
    const read = await fake.run((context) => readGrids(context, detectFeatures(fake.supports)));
    expect(read.grids[0]?.merges).toEqual(["A1:C1"]);
    expect(read.grids[0]?.values).toEqual([
      ["หัวเรื่อง", null, null],
      ["a", "b", 1],
    ]);
  });

  it("a sheet of more than 512 merged areas does not fail the read: only its merges are left out", async () => {
    const fake = fakeWith(mixedTable());
    fake.sheet("ITA")!.merges.push("A1:E1");
    const form = fake.addSheet(
      "แบบฟอร์ม",
      Array.from({ length: 600 }, (_, r) => [`ช่อง ${r + 1}`]),
    );
    for (let r = 1; r <= 600; r++) form.merges.push(`A${r}:C${r}`);
    const plain = fake.addSheet("หมายเหตุ", [
      ["หมายเหตุ", null],
      ["x", 1],
    ]);
    plain.merges.push("A1:B1");
    const read = await fake.run((context) => readGrids(context, detectFeatures(fake.supports)));
    const byName = new Map(read.grids.map((g) => [g.name, g]));
    expect(byName.get("ITA")?.merges).toEqual(["A1:E1"]);
    expect(byName.get("หมายเหตุ")?.merges).toEqual(["A1:B1"]);
    expect(byName.get("แบบฟอร์ม")?.merges).toEqual([]);
    expect(byName.get("ITA")?.values.length).toBeGreaterThan(30);
    // the list, the look refused, the look again, the three sheets' merges at once (refused),
    // then in halves: [ITA] read; [แบบฟอร์ม, หมายเหตุ] refused, then each alone
    expect(fake.syncs).toBe(8);
    const outcome = await generate(fake);
    expect(outcome.kind).toBe("done");
  });

  it("asks no merged areas of our own generated sheets", async () => {
    const fake = fakeWith(mixedTable());
    await generate(fake);
    const before = fake.ops.length;
    await fake.run((context) => readGrids(context, detectFeatures(fake.supports)));
    const merged = fake.ops.slice(before).filter((k) => k === "FakeRange.load");
    // each sheet: its used range's address and its two windows; the user's sheet its merges
    expect(merged.length).toBe(6 * 3 + 1);
  });
});

describe("row heights", () => {
  it("are capped at Excel's 409 points (Excel refuses taller rows)", async () => {
    const fake = new FakeExcel();
    fake.addSheet("S");
    const sheet: SheetSpec = {
      kind: "analysis",
      year: 2568,
      name: "S",
      tag: "ITAAnalyzer_analysis_2568",
      mark: "0123456789abcdef:01234567",
      rows: [[{ v: "ข้อความยาวมาก" }], [{ v: "สั้น" }]],
      widths: [20],
      heights: { 1: 620, 2: 30 },
      merges: [],
      conditionalFormats: [],
      validations: [],
      print: {
        paper: "A4",
        orientation: "portrait",
        scale: 100,
        margins: { left: 1, right: 0.6, top: 0.8, bottom: 0.8, header: 0.3, footer: 0.3 },
        header: {},
        footer: {},
      },
      tabColor: "FFFFFF",
    };
    await fake.run(async (context) => {
      const ws = context.workbook.worksheets.getItem("S");
      renderContent(
        ws,
        sheet,
        { styles: {}, sheets: [sheet] },
        detectFeatures(fake.supports),
        null,
      );
      await context.sync();
    });
    expect(fake.sheet("S")!.rowHeights).toEqual({ 1: MAX_ROW_HEIGHT, 2: 30 });
  });
});
