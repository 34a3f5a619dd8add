/**
 * What the follow-up states comes from one place: staff's text typed in the follow-up sheet wins
 * over the plan's in the sheet, the JSON report and the pane alike; and a plan whose statuses staff
 * never changed is reported as not reported, never as not done.
 */
import { generate } from "../generate";
import { FOLLOW_UP_COLUMNS } from "../layout/followUpSheet";
import { buildReport } from "../report";
import { readBack, sampleWith2569, twoYears } from "../../../test/fixtures/twoYears";
import { toGrids } from "../../../test/fixtures/toGrids";
import type { Grid } from "../types";

const RESULT = FOLLOW_UP_COLUMNS.find((c) => c.key === "result")!.label.th;
const ID = FOLLOW_UP_COLUMNS.find((c) => c.key === "id")!.label.th;

/** A follow-up grid with `text` typed in the result column of measure `id`. */
function typeResult(grid: Grid, id: string, text: string | null): Grid {
  const values = grid.values.map((r) => [...r]);
  const head = values.findIndex((r) => r.includes(ID));
  const row = values.find((r) => r[values[head]!.indexOf(ID)] === id)!;
  row[values[head]!.indexOf(RESULT)] = text;
  return { ...grid, values };
}

describe("the follow-up's result", () => {
  it("is what staff typed in the follow-up sheet, in the sheet, the JSON report and the analysis", () => {
    const { plan2569, second } = twoYears();
    const followUp = second.spec.sheets.find((s) => s.kind === "followup")!;
    const typed = typeResult(
      typeResult(readBack(followUp), "9D", "เผยแพร่ครบทุกรายการ เมื่อ 30 มิถุนายน 2569"),
      "4D",
      null,
    );
    const grids = [
      ...toGrids(sampleWith2569()),
      plan2569,
      ...second.spec.sheets.map((s) => (s.kind === "followup" ? typed : readBack(s))),
    ];
    const third = generate(grids, { year: 2569, today: "2026-11-10" });
    if (!third.ok) throw new Error("did not analyse");
    const row = (id: string) => third.analysis.followUp!.rows.find((r) => r.id === id)!;
    expect(row("9D").result).toBe("เผยแพร่ครบทุกรายการ เมื่อ 30 มิถุนายน 2569");
    // An emptied cell stays empty, in place of the plan's text.
    expect(row("4D").result).toBeNull();
    const report = buildReport(third.analysis, "th", []);
    expect(
      report
        .followUp!.measures.filter((m) => ["4D", "9D"].includes(String(m.id)))
        .map((m) => m.result),
    ).toEqual([null, "เผยแพร่ครบทุกรายการ เมื่อ 30 มิถุนายน 2569"]);
    const sheet = readBack(third.spec.sheets.find((s) => s.kind === "followup")!);
    expect(typeResult(sheet, "9D", "x").values).not.toEqual(sheet.values);
    const at = sheet.values.findIndex((r) => r.includes(ID));
    const cell = (id: string) =>
      sheet.values.find((r) => r[sheet.values[at]!.indexOf(ID)] === id)![
        sheet.values[at]!.indexOf(RESULT)
      ];
    expect([cell("4D"), cell("9D")]).toEqual([null, "เผยแพร่ครบทุกรายการ เมื่อ 30 มิถุนายน 2569"]);
  });
});

describe("a plan whose statuses staff never changed", () => {
  const untouched = () => twoYears({ statuses: {}, text: {}, added: [] });

  it("is reported as not reported, not as not done, in the summary and the outcome column", () => {
    const { second } = untouched();
    const sheet = second.spec.sheets.find((s) => s.kind === "followup")!;
    expect(sheet.rows[1]?.[0]?.v).toBe(
      "เทศบาลตำบลคลองใหญ่ได้ติดตามผลการดำเนินงานตามแผนพัฒนาเพื่อยกระดับผลการประเมินคุณธรรมและความโปร่งใส (ITA) ประจำปีงบประมาณ พ.ศ. 2569 ซึ่งจัดทำจากผลการประเมินปี 2568 จำนวน 11 มาตรการ ยังไม่ได้รายงานสถานะการดำเนินงาน จึงยังสรุปผลการดำเนินงานตามแผนไม่ได้ มาตรการทั้งหมดยกไปไว้ในแผนพัฒนาประจำปีงบประมาณ พ.ศ. 2570",
    );
    const text = sheet.rows.flat().flatMap((c) => (typeof c?.v === "string" ? [c.v] : []));
    expect(text.filter((t) => /ไม่ได้ดำเนินการ|ยังไม่แล้วเสร็จ/.test(t))).toEqual([]);
    expect(new Set(sheet.rows.slice(3).map((r) => r[7]?.v))).toEqual(
      new Set(["ยังไม่ได้รายงานสถานะ ยกไปไว้ในแผนปี 2570"]),
    );
    const en = twoYears({ statuses: {}, text: {}, added: [], options: { lang: "en" } }).second;
    const enSheet = en.spec.sheets.find((s) => s.kind === "followup")!;
    expect(String(enSheet.rows[1]?.[0]?.v)).toMatch(
      / The statuses of the measures have not been reported, so what was done cannot yet be stated; every measure is carried into the plan for fiscal year 2027 \(B\.E\. 2570\)\.$/,
    );
  });

  it("gives a warning with the plan's status cell, bilingual, on the check sheet", () => {
    const { first, second } = untouched();
    const found = second.analysis.findings.filter((f) => f.rule === "followUpNoStatus");
    expect(found).toHaveLength(1);
    expect(found[0]!.severity).toBe("warning");
    expect(found[0]!.cell).toBe("'แผนพัฒนา ITA 2569'!H5");
    const plan = first.spec.sheets.find((s) => s.kind === "plan")!;
    expect([plan.rows[3]?.[7]?.v, plan.rows[4]?.[7]?.v]).toEqual(["สถานะ (ไม่พิมพ์)", "ยังไม่เริ่ม"]);
    expect(found[0]!.message.th).toMatch(/^ไม่มีการเปลี่ยนสถานะของมาตรการใดในแผนปี 2569/);
    expect(found[0]!.message.en).toMatch(/^No measure's status was changed in the plan for/);
    const check = second.spec.sheets.find((s) => s.kind === "check")!;
    const checkText = check.rows.flat().map((c) => c?.v);
    expect(checkText).toContain(found[0]!.message.th);
    expect(checkText).toContain("'แผนพัฒนา ITA 2569'!H5");
  });

  it("is not given when staff changed one status or wrote one result", () => {
    const overs: { statuses: Record<string, string>; text: Record<string, { result: string }> }[] =
      [
        { statuses: { "4D": "กำลังดำเนินการ" }, text: {} },
        { statuses: {}, text: { "4D": { result: "ทำแล้ว" } } },
      ];
    for (const over of overs) {
      const { second } = twoYears({ ...over, added: [] });
      expect(second.analysis.findings.map((f) => f.rule)).not.toContain("followUpNoStatus");
      const sheet = second.spec.sheets.find((s) => s.kind === "followup")!;
      expect(String(sheet.rows[1]?.[0]?.v)).not.toMatch(/ยังไม่ได้รายงานสถานะ/);
    }
  });
});
