/**
 * The follow-up of the earlier plan inside Excel (fake), on the sample's second year (its 2569
 * plan marked and a 2569 column, test/office/secondYear.ts): written between the analysis and the
 * plan's tags, in the print step's order, what staff type in its result column kept by the next
 * Generate (and reported in the result), and runs with and without one over the same workbook.
 */
import { preparePrint } from "../../src/hosts/office/preparePrint";
import { SAMPLE_SHEETS } from "../sampleSheets";
import { generate } from "./helpers";
import { secondYearFake } from "./secondYear";

const FOLLOW_UP = "ผลตามแผน ITA 2569";
/** The "row,column" key of the cell holding `text` in a fake sheet. */
const rowOf = (cells: Record<string, { value: unknown }>, text: string) =>
  Number(
    Object.entries(cells)
      .find(([, c]) => c.value === text)?.[0]
      .split(",")[0],
  );

describe("the follow-up inside Excel (fake)", () => {
  it("writes it tagged, and the print step sets it up between the analysis and the plan", async () => {
    const fake = await secondYearFake();
    const outcome = await generate(fake);
    if (outcome.kind !== "done" || !outcome.printable) throw new Error("Generate failed");
    expect(outcome.sheets).toContain(FOLLOW_UP);
    expect(outcome.analysis.followUp?.rows).toHaveLength(12);
    expect(outcome.printable.map((p) => p.spec.kind)).toEqual([
      "memo",
      "summary",
      "analysis",
      "followup",
      "plan",
    ]);
    const tag = fake.state.names.find((n) => n.name === "ITAAnalyzer_followup_2569");
    expect(tag?.sheetId).toBe(fake.sheet(FOLLOW_UP)?.id);
    expect(
      await preparePrint(fake.run, outcome.printable, { pdf: false, pageLayout: true }),
    ).toEqual({ kind: "manual", printSetup: "set" });
    expect(fake.sheet(FOLLOW_UP)!.pageLayout).toMatchObject({
      orientation: "Landscape",
      printArea: "A1:H15",
      "footer.leftFooter": '&"TH SarabunPSK,Regular"&12รายงานผลการดำเนินงานตามแผนพัฒนา ITA 2569',
    });
  });

  it("keeps what staff typed in its result column, in place of what the plan said, and reports it", async () => {
    const fake = await secondYearFake();
    await generate(fake);
    const sheet = fake.sheet(FOLLOW_UP)!;
    const row = rowOf(sheet.cells, "9D");
    const result = `${row},5`;
    expect(sheet.cells[result]?.value).toBe("เผยแพร่รายงานผลการจัดซื้อจัดจ้างประจำปี เม.ย. 2569");
    sheet.cells[result]!.value = "เผยแพร่ครบทุกรายการ เมื่อ 30 มิถุนายน 2569";
    const outcome = await generate(fake);
    if (outcome.kind !== "done") throw new Error("Generate failed");
    const again = fake.sheet(FOLLOW_UP)!;
    expect(again.cells[`${rowOf(again.cells, "9D")},5`]?.value).toBe(
      "เผยแพร่ครบทุกรายการ เมื่อ 30 มิถุนายน 2569",
    );
    // The pane's result says what the sheet says.
    expect(outcome.analysis.followUp?.rows.find((r) => r.id === "9D")?.result).toBe(
      "เผยแพร่ครบทุกรายการ เมื่อ 30 มิถุนายน 2569",
    );
  });

  it("adds it to a workbook generated without one, and leaves it when a later run has none", async () => {
    const fake = await secondYearFake();
    // The first year had no earlier plan: no follow-up.
    expect(fake.state.sheets.map((s) => s.name)).toEqual(["ITA", ...SAMPLE_SHEETS]);
    const second = await generate(fake);
    if (second.kind !== "done") throw new Error("Generate failed");
    // The earlier sheets stay; the new year's come after them, the follow-up among them.
    expect(fake.state.sheets.map((s) => s.name)).toEqual([
      "ITA",
      ...SAMPLE_SHEETS,
      ...second.sheets,
    ]);
    expect(second.sheets).toContain(FOLLOW_UP);
    // A run for 2568 has no earlier plan: it writes the 2568 sheets again, the follow-up stays.
    const third = await generate(fake, { year: 2568 });
    if (third.kind !== "done") throw new Error("Generate failed");
    expect(third.sheets).not.toContain(FOLLOW_UP);
    expect(third.printable?.map((p) => p.spec.kind)).toEqual([
      "memo",
      "summary",
      "analysis",
      "plan",
    ]);
    expect(fake.sheet(FOLLOW_UP)?.cells["1,1"]?.value).toMatch(/^รายงานผลการดำเนินงานตามแผนพัฒนา/);
  });
});
