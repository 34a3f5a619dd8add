/**
 * Requests sized before they are sent (src/hosts/office/requestSize.ts) and a sheet written in
 * spans of rows when it does not fit one request (writeSheets.ts). The estimate is measured
 * against Microsoft's own office.js in test/realClient; here: what it counts, and that a sheet
 * written in many requests is exactly the sheet written in one.
 */
import { generate as generateSpec } from "../../src/domain/generate";
import { detectFeatures } from "../../src/hosts/office/features";
import { mergeRows } from "../../src/hosts/office/renderSheet";
import { requestBytes } from "../../src/hosts/office/requestSize";
import { sendParts, sheetParts } from "../../src/hosts/office/writeSheets";
import { FakeExcel } from "../fakeExcel/fakeExcel";
import { mixedTable } from "../fixtures/layouts";
import { toGrids } from "../fixtures/toGrids";

describe("the size of a request, before it is sent", () => {
  it("counts each object reached, each property set and each call, with its arguments", () => {
    const one = requestBytes((context) => {
      context.workbook.worksheets.getItem("S").getRange("A1").values = [[1]];
    });
    const two = requestBytes((context) => {
      const ws = context.workbook.worksheets.getItem("S");
      ws.getRange("A1").values = [[1]];
      ws.getRange("A2").values = [[2]];
    });
    const thai = requestBytes((context) => {
      context.workbook.worksheets.getItem("S").getRange("A1").values = [["ก".repeat(1000)]];
    });
    // the path to the range, its instantiate and kept reference, the set: some hundreds
    expect(one).toBeGreaterThan(600);
    expect(one).toBeLessThan(1200);
    // a second range costs its own path, kept reference and set
    expect(two - one).toBeGreaterThan(200);
    // Thai travels as three UTF-8 bytes a character
    expect(thai - one).toBeGreaterThanOrEqual(3000);
  });

  it("counts an array over 1,500 cells in the slices office.js sends it in", () => {
    const cells = (rows: number) =>
      requestBytes((context) => {
        const values = Array.from({ length: rows }, () => [1, 2, 3]);
        context.workbook.worksheets.getItem("S").getRange(`A1:C${rows}`).values = values;
      });
    const whole = cells(500);
    const sliced = cells(501);
    // 1,503 cells: checked whole, then two slices, each reached by rows
    expect(sliced - whole).toBeGreaterThan(1000);
  });
});

describe("a sheet too large for one request", () => {
  const result = generateSpec(toGrids(mixedTable()), {});
  if (!result.ok) throw new Error("the sample did not analyse");
  const spec = result.spec;

  it.each(spec.sheets.map((s) => [s.kind, s] as const))(
    "the %s sheet, in spans of rows, is exactly the sheet written at once",
    async (_kind, sheet) => {
      const write = async (budget: number) => {
        const fake = new FakeExcel();
        fake.addSheet("S", []);
        const features = detectFeatures(fake.supports);
        const parts = sheetParts(
          sheet,
          spec,
          features,
          sheet.table?.name ?? null,
          (context) => context.workbook.worksheets.getItem("S"),
          budget,
        );
        const requests = await fake.run((context) => sendParts(context, parts, undefined, budget));
        return { fake, parts, requests };
      };
      const once = await write(Number.POSITIVE_INFINITY);
      expect(once.requests).toBe(1);
      const budget = Math.ceil((once.parts[0]?.bytes ?? 0) / 5);
      const spans = await write(budget);
      expect(spans.parts.length).toBeGreaterThan(1);
      expect(spans.requests).toBeGreaterThan(1);
      // each part within the budget, unless it cannot be split: one row, or one merged area
      for (const p of spans.parts) {
        if (p.bytes <= budget) continue;
        const rows = p.span ? [p.span.from, p.span.to] : [0, 0];
        const oneMerge = sheet.merges.some((m) => {
          const [top, bottom] = mergeRows(m);
          return top <= rows[0]! && bottom >= rows[1]!;
        });
        expect(rows[0] === rows[1] || oneMerge).toBe(true);
      }
      expect(spans.fake.snapshot()).toBe(once.fake.snapshot());
      // every merged area drawn whole, none cut by the end of a span
      expect(spans.fake.sheet("S")?.merges.sort()).toEqual([...sheet.merges].sort());
      for (const p of spans.parts)
        for (const m of sheet.merges) {
          const [top, bottom] = mergeRows(m);
          if (p.span) expect(top <= p.span.to && bottom > p.span.to).toBe(false);
        }
    },
  );

  it("packs small parts together: as few requests as the budget allows", async () => {
    const fake = new FakeExcel();
    const part = (bytes: number) => ({ bytes, queue: () => undefined });
    const sizes: number[] = [];
    const requests = await fake.run((context) =>
      sendParts(
        context,
        [part(30), part(30), part(50), part(10), part(90)],
        (b) => sizes.push(b),
        100,
      ),
    );
    expect(requests).toBe(3);
    expect(sizes).toEqual([60, 60, 90]);
  });
});
