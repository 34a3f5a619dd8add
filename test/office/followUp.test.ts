/**
 * The follow-up of the earlier plan inside Excel (fake): written between the analysis and the
 * plan's tags, in the print step's order, what staff type in its result column kept by the next
 * Generate, and runs with and without one over the same workbook. The sample's follow-up is made
 * by hand (test/fixtures/followUpMock.ts) until its workbook holds an earlier plan.
 */
import { preparePrint } from "../../src/hosts/office/preparePrint";
import { sampleFollowUp } from "../fixtures/followUpMock";
import { mixedTable } from "../fixtures/layouts";
import { SAMPLE_SHEETS } from "../sampleSheets";
import { fakeWith, generate } from "./helpers";

jest.mock("../../src/domain/layout/buildWorkbookSpec", () =>
  jest
    .requireActual<typeof import("../fixtures/followUpMock")>("../fixtures/followUpMock")
    .withSampleFollowUp(jest.requireActual("../../src/domain/layout/buildWorkbookSpec")),
);

const FOLLOW_UP = "ผลตามแผน ITA 2568";
/** The "row,column" key of the cell holding `text` in a fake sheet. */
const rowOf = (cells: Record<string, { value: unknown }>, text: string) =>
  Number(
    Object.entries(cells)
      .find(([, c]) => c.value === text)?.[0]
      .split(",")[0],
  );

describe("the follow-up inside Excel (fake)", () => {
  afterEach(() => {
    sampleFollowUp.on = true;
  });

  it("writes it tagged, and the print step sets it up between the analysis and the plan", async () => {
    const fake = fakeWith(mixedTable());
    const outcome = await generate(fake);
    if (outcome.kind !== "done" || !outcome.printable) throw new Error("Generate failed");
    expect(outcome.sheets).toContain(FOLLOW_UP);
    expect(outcome.analysis.followUp?.rows).toHaveLength(11);
    expect(outcome.printable.map((p) => p.spec.kind)).toEqual([
      "memo",
      "summary",
      "analysis",
      "followup",
      "plan",
    ]);
    const tag = fake.state.names.find((n) => n.name === "ITAAnalyzer_followup_2568");
    expect(tag?.sheetId).toBe(fake.sheet(FOLLOW_UP)?.id);
    expect(
      await preparePrint(fake.run, outcome.printable, { pdf: false, pageLayout: true }),
    ).toEqual({ kind: "manual", printSetup: "set" });
    expect(fake.sheet(FOLLOW_UP)!.pageLayout).toMatchObject({
      orientation: "Landscape",
      printArea: "A1:H14",
      "footer.leftFooter": '&"TH SarabunPSK,Regular"&12รายงานผลการดำเนินงานตามแผนพัฒนา ITA 2568',
    });
  });

  it("keeps what staff typed in its result column, in place of what the plan said", async () => {
    const fake = fakeWith(mixedTable());
    await generate(fake);
    const sheet = fake.sheet(FOLLOW_UP)!;
    const row = rowOf(sheet.cells, "9D");
    const result = `${row},5`;
    expect(sheet.cells[result]?.value).toMatch(/^ดำเนินการครบทุกขั้นตอน/);
    sheet.cells[result]!.value = "เผยแพร่ครบทุกรายการ เมื่อ 30 มิถุนายน 2568";
    expect((await generate(fake)).kind).toBe("done");
    const again = fake.sheet(FOLLOW_UP)!;
    expect(again.cells[`${rowOf(again.cells, "9D")},5`]?.value).toBe(
      "เผยแพร่ครบทุกรายการ เมื่อ 30 มิถุนายน 2568",
    );
  });

  it("adds it to a workbook generated without one, and leaves it when a later run has none", async () => {
    sampleFollowUp.on = false;
    const fake = fakeWith(mixedTable());
    await generate(fake);
    expect(fake.state.sheets.map((s) => s.name)).toEqual(["ITA", ...SAMPLE_SHEETS]);
    sampleFollowUp.on = true;
    const second = await generate(fake);
    expect(second.kind).toBe("done");
    // The earlier sheets are rewritten in place; the new one comes after them.
    expect(fake.state.sheets.map((s) => s.name)).toEqual(["ITA", ...SAMPLE_SHEETS, FOLLOW_UP]);
    sampleFollowUp.on = false;
    const third = await generate(fake);
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
