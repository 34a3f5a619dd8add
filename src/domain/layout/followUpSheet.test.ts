import { handFollowUp, followUpSample } from "../../../test/fixtures/followUpSample";
import { mixedTable } from "../../../test/fixtures/layouts";
import { toGrids } from "../../../test/fixtures/toGrids";
import { brokenWords } from "../../../test/wordsFit";
import type { Analysis } from "../analyse/types";
import { VERDICTS } from "../followup/types";
import { VERDICT_LABELS, statusLabel, verdictText } from "../followup/verdictText";
import { generate } from "../generate";
import { followUpText } from "../prose/followUpText";
import type { Grid } from "../types";
import { buildWorkbookSpec } from "./buildWorkbookSpec";
import { FOLLOW_UP_COLUMNS, followUpSheet, readFollowUpEdits } from "./followUpSheet";
import { paginate } from "./pageBreaks";
import { paginateSheet } from "./printSetup";
import type { SheetLayout, SheetSpec } from "./spec";

const THAI = /[\u0e00-\u0e7f]/;

function sample(): Analysis {
  const result = generate(toGrids(mixedTable()), {});
  if (!result.ok) throw new Error("the sample did not analyse");
  return result.analysis;
}

const values = (sheet: SheetLayout) => sheet.rows.map((r) => r.map((c) => c?.v ?? null));
/** The body row of a measure code (the last column), as printed. */
const rowOf = (sheet: SheetLayout, id: string) =>
  values(sheet).find((r) => r[FOLLOW_UP_COLUMNS.length - 1] === id);
const asGrid = (sheet: SheetLayout): Grid => ({
  name: sheet.name,
  top: 1,
  left: 1,
  values: values(sheet),
});

describe("followUpSheet", () => {
  const analysis = sample();
  const followUp = handFollowUp(2568);

  it("states each measure of the earlier plan with its status, result, scores and verdict", () => {
    const sheet = followUpSheet(analysis, followUp, "th");
    expect(sheet.kind).toBe("followup");
    expect(sheet.name).toBe("ผลตามแผน ITA 2568");
    expect(sheet.tag).toBe("ITAAnalyzer_followup_2568");
    expect(values(sheet)[0]).toEqual(["รายงานผลการดำเนินงานตามแผนพัฒนา ITA 2568\nเทศบาลตำบลคลองใหญ่"]);
    expect(values(sheet)[2]).toEqual([
      "ที่",
      "มาตรการ/โครงการ/กิจกรรม",
      "ตัวชี้วัด",
      "สถานะ",
      "ผลการดำเนินงาน",
      "คะแนนตัวชี้วัด\nปีก่อน → ปีนี้",
      "ข้อที่มาตรการมุ่งแก้ไข\nปีก่อน → ปีนี้",
      "ผลลัพธ์",
      "รหัสมาตรการ (ไม่พิมพ์)",
    ]);
    // Measure 4 of the issue: borrowing assets done, i10 from 55 to 90.
    expect(rowOf(sheet, "4D")).toEqual([
      1,
      "กำหนดขั้นตอนการขออนุญาตยืมทรัพย์สินของหน่วยงาน พร้อมแบบฟอร์มและทะเบียนคุมการยืม",
      "4. การใช้ทรัพย์สินของราชการ",
      "ดำเนินการแล้ว",
      "ประกาศขั้นตอนและแบบฟอร์มการยืมทรัพย์สิน เมื่อ 15 มกราคม 2569 เผยแพร่ที่ www.klongyai.go.th/borrow",
      "81.88 → 96.04\n(+14.16)",
      "i10: 55.00 → 90.00\nผ่านเกณฑ์",
      "ได้ผล ข้อที่มุ่งแก้ไขผ่านเกณฑ์แล้ว",
      "4D",
    ]);
    // Measure 9: procurement disclosure done, o12 still 50.
    expect(rowOf(sheet, "9D")?.slice(5, 8)).toEqual([
      "86.75 → 86.75\n(0.00)",
      "o12: 50.00 → 50.00\nต่ำกว่าเกณฑ์\no13: 50.00 → 100.00\nผ่านเกณฑ์",
      "ยังไม่เกิดผล ต้องเปลี่ยนแนวทางในแผนปี 2569",
    ]);
    expect(rowOf(sheet, "9E")?.slice(3, 5)).toEqual(["กำลังดำเนินการ", null]);
    expect(rowOf(sheet, "9E")?.[7]).toBe("ยังไม่แล้วเสร็จ ยกไปดำเนินการต่อในแผนปี 2569");
    expect(rowOf(sheet, "7C")?.slice(5, 8)).toEqual([
      "95.82 → -",
      "e4: 96.62 → -\nไม่มีคะแนน",
      "ยังประเมินผลไม่ได้ ไม่มีคะแนนของปีนี้",
    ]);
    // A row staff added to the plan: no indicator, no scores, keyed "+1".
    expect(rowOf(sheet, "+1")).toEqual([
      7,
      "จัดทำคู่มือการปฏิบัติงานของเจ้าหน้าที่ใหม่",
      "-",
      "ยังไม่เริ่ม",
      null,
      "-",
      "-",
      "ยังไม่แล้วเสร็จ ยกไปดำเนินการต่อในแผนปี 2569",
      "+1",
    ]);
    // Verdicts coloured: worked green, rose amber, no effect red, not done amber.
    expect(sheet.rows.slice(3).map((r) => r[7]?.s)).toEqual([
      "flagMaintain",
      "flagDevelop",
      "flagImprove",
      "flagDevelop",
      "cell",
      "cell",
      "flagDevelop",
    ]);
  });

  it("sums it up in official Thai: done out of all, then each verdict with its measures", () => {
    expect(followUpText(followUp, "เทศบาลตำบลคลองใหญ่", "th")).toBe(
      "เทศบาลตำบลคลองใหญ่ได้ติดตามผลการดำเนินงานตามแผนพัฒนาเพื่อยกระดับผลการประเมินคุณธรรมและความโปร่งใส (ITA) ประจำปีงบประมาณ พ.ศ. 2568 ซึ่งจัดทำจากผลการประเมินปี 2567 โดยเทียบกับผลการประเมินปี 2568 พบว่าดำเนินการแล้ว 4 จาก 7 มาตรการ " +
        "มาตรการที่ได้ผล คือข้อที่มุ่งแก้ไขมีคะแนนผ่านเกณฑ์ในปี 2568 แล้ว จำนวน 1 มาตรการ (ลำดับที่ 1) " +
        "มาตรการที่ทำให้คะแนนดีขึ้นแต่ยังต่ำกว่าเกณฑ์ จำนวน 1 มาตรการ (ลำดับที่ 2) ต้องดำเนินการต่อ " +
        "มาตรการที่ดำเนินการแล้วแต่คะแนนไม่ดีขึ้นและยังมีคะแนนต่ำกว่าเกณฑ์ จำนวน 1 มาตรการ (ลำดับที่ 3) ต้องเปลี่ยนแนวทางการดำเนินการในแผนปี 2569 " +
        "มาตรการที่ยังไม่ได้ดำเนินการหรือยังไม่แล้วเสร็จ จำนวน 2 มาตรการ (ลำดับที่ 4 และ 7) ยกไปดำเนินการต่อในแผนพัฒนาประจำปีงบประมาณ พ.ศ. 2569 " +
        "ยกเลิก จำนวน 1 มาตรการ (ลำดับที่ 5) " +
        "มาตรการที่ดำเนินการแล้วแต่ยังไม่มีคะแนนปี 2568 ให้ประเมินผล จำนวน 1 มาตรการ (ลำดับที่ 6)",
    );
    expect(followUpSheet(analysis, followUp, "th").rows[1]?.[0]?.v).toBe(
      followUpText(followUp, "เทศบาลตำบลคลองใหญ่", "th"),
    );
  });

  it("says nothing of a verdict no measure has", () => {
    const two = { ...followUp, rows: followUp.rows.slice(0, 1) };
    expect(followUpText(two, null, "en")).toBe(
      "The agency followed up the 1 measure of its ITA development plan for fiscal year 2025 (B.E. 2568), made from the results of 2024, against the results of 2025: 1 of 1 was done. Measure 1 worked: what it aimed at is at or above the floor in 2025.",
    );
  });

  it("writes English with no Thai script, CE years in sentences and BE beside them", () => {
    const en = followUpSheet(analysis, followUpSample(analysis, "en"), "en");
    expect(en.name).toBe("ITA 2568 Plan follow-up");
    const texts = en.rows.flat().flatMap((c) => (typeof c?.v === "string" ? [c.v] : []));
    expect(texts.filter((t) => THAI.test(t))).toEqual([]);
    expect(texts[0]).toBe("Report on the ITA development plan, fiscal year 2025 (B.E. 2568)");
    expect(texts[1]).toBe(
      "The agency followed up the 11 measures of its ITA development plan for fiscal year 2025 (B.E. 2568), made from the results of 2024, against the results of 2025: 7 of 11 were done. " +
        "Measures 2, 3, 4 and 6 worked: what they aimed at is at or above the floor in 2025. " +
        "Measure 1 raised the score, but not yet over the floor, and continues. " +
        "Measure 9 was done without effect (the score did not rise and a score is still under its floor): the 2026 plan takes a different approach. " +
        "Measures 5, 8 and 10 were not done or not finished and are carried into the plan for fiscal year 2026 (B.E. 2569). " +
        "Measure 7 was cancelled. Measure 11 was done, but 2025 has no score to judge it by.",
    );
  });

  it("has a word for every verdict and status in both languages, the plan's own statuses", () => {
    for (const lang of ["th", "en"] as const) {
      for (const v of VERDICTS) {
        expect(VERDICT_LABELS[lang][v]).toBeTruthy();
        expect(THAI.test(verdictText(v, 2570, lang))).toBe(lang === "th");
      }
      expect(new Set(VERDICTS.map((v) => verdictText(v, 2570, lang))).size).toBe(VERDICTS.length);
    }
    expect(verdictText("notDone", 2570, "en")).toBe("Not done: carried into the 2027 plan");
    expect(statusLabel("done", "th")).toBe("ดำเนินการแล้ว");
    expect(statusLabel("notStarted", "en")).toBe("Not started");
    expect(statusLabel("cancelled", "th")).toBe("ยกเลิก");
  });

  it("keeps what staff typed in its result column, an emptied cell, and rows they added", () => {
    const first = followUpSheet(analysis, followUp, "th");
    const grid = asGrid(first);
    const at = (id: string) => grid.values.findIndex((r) => r[8] === id);
    grid.values[at("9D")]![4] = "เผยแพร่ครบ 4 รายการ เมื่อ 30 มิถุนายน 2568";
    grid.values[at("4D")]![4] = null;
    grid.values[at("1B")]![4] = 2568;
    grid.values.push([null, "ประชุมชี้แจงบุคลากร", null, null, "จัดแล้ว 1 ครั้ง", null, null, null, null]);
    const again = followUpSheet(analysis, followUp, "th", readFollowUpEdits(grid));
    expect(rowOf(again, "9D")?.[4]).toBe("เผยแพร่ครบ 4 รายการ เมื่อ 30 มิถุนายน 2568");
    expect(rowOf(again, "4D")?.[4]).toBeNull();
    expect(rowOf(again, "1B")?.[4]).toBe(2568);
    // Not what staff typed: the verdicts and scores come from the follow-up again.
    expect(rowOf(again, "9D")?.[7]).toBe("ยังไม่เกิดผล ต้องเปลี่ยนแนวทางในแผนปี 2569");
    expect(values(again).at(-1)?.slice(0, 5)).toEqual([
      8,
      "ประชุมชี้แจงบุคลากร",
      null,
      null,
      "จัดแล้ว 1 ครั้ง",
    ]);
    expect(again.table?.range).toBe("A3:I11");
  });

  it("prints A4 landscape at 90 % or more, header repeated, the measure code outside", () => {
    for (const lang of ["th", "en"] as const) {
      const sheet = paginateSheet(
        { ...followUpSheet(analysis, followUpSample(analysis, lang), lang), mark: "" },
        null,
      );
      expect(sheet.print.orientation).toBe("landscape");
      expect(sheet.print.repeatRows).toEqual([3, 3]);
      expect(sheet.print.area).toBe("A1:H14");
      expect(sheet.print.scale).toBeGreaterThanOrEqual(90);
      expect(brokenWords(sheet)).toEqual([]);
    }
  });

  it("plans the sample's plan's follow-up on 3 pages at most", () => {
    const sheet = paginateSheet(
      { ...followUpSheet(analysis, followUpSample(analysis, "th"), "th"), mark: "" },
      "เทศบาลตำบลคลองใหญ่",
    );
    expect(paginate(sheet.heights, sheet.print, sheet.rows.length).length).toBeLessThanOrEqual(3);
  });
});

describe("buildWorkbookSpec with a follow-up", () => {
  const analysis = sample();
  const kinds = (a: Analysis) =>
    buildWorkbookSpec(a, { lang: "th", newMarkId: () => "0123456789abcdef" }).sheets.map(
      (s: SheetSpec) => s.kind,
    );

  it("writes it after the analysis and before the plan, only when the analysis has one", () => {
    expect(kinds({ ...analysis, followUp: handFollowUp(2568) })).toEqual([
      "memo",
      "summary",
      "analysis",
      "followup",
      "plan",
      "check",
    ]);
    expect(kinds({ ...analysis, followUp: null })).toEqual([
      "memo",
      "summary",
      "analysis",
      "plan",
      "check",
    ]);
    expect(kinds(analysis)).not.toContain("followup");
  });
});
