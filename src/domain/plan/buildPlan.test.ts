import { analyse } from "../analyse/analyse";
import type { Analysis } from "../analyse/types";
import { parseWorkbook } from "../parse/parseWorkbook";
import { mixedTable } from "../../../test/fixtures/layouts";
import { longReport } from "../../../test/fixtures/longReport";
import { toGrids } from "../../../test/fixtures/toGrids";
import { agencyKind } from "./agencyKind";
import { buildPlan, pointRepeats } from "./buildPlan";
import { fiscalYearPeriod } from "./period";

function sample(unit?: string): Analysis {
  const r = analyse(parseWorkbook(toGrids(mixedTable())));
  if (!r.ok) throw new Error("sample did not analyse");
  return unit ? { ...r.analysis, unit: { name: unit, cell: "'ITA'!B2" } } : r.analysis;
}

/** All 10 indicators with their items, most of them weak (test/fixtures/longReport.ts). */
function long(): Analysis {
  const r = analyse(parseWorkbook(toGrids(longReport())));
  if (!r.ok) throw new Error("long report did not analyse");
  return r.analysis;
}

const byId = (rows: ReturnType<typeof buildPlan>) =>
  Object.fromEntries(rows.map((r) => [r.id, r.responsible]));

describe("agencyKind", () => {
  it.each([
    ["เทศบาลตำบลคลองใหญ่", "subdistrictMunicipality"],
    ["ทต.คลองใหญ่", "subdistrictMunicipality"],
    ["เทศบาลเมืองพัทลุง", "townMunicipality"],
    ["เทศบาลนครเชียงใหม่", "cityMunicipality"],
    ["องค์การบริหารส่วนตำบลบ้านใหม่", "sao"],
    ["อบต.บ้านใหม่", "sao"],
    ["องค์การบริหารส่วนจังหวัดจันทบุรี", "pao"],
    ["จังหวัดจันทบุรี", "province"],
    ["มหาวิทยาลัยเชียงใหม่", "university"],
    ["วิทยาลัยอาชีวศึกษาเชียงใหม่", "college"],
    ["กรมบัญชีกลาง", "department"],
    ["โรงพยาบาลบ้านนา", "hospital"],
    ["กรุงเทพมหานคร", "bangkok"],
    ["เมืองพัทยา", "pattaya"],
    ["Khlong Yai Subdistrict Municipality", "subdistrictMunicipality"],
    ["สำนักงานคณะกรรมการป้องกันและปราบปรามการทุจริตแห่งชาติ", "other"],
    ["", "other"],
  ])("%s is %s", (name, kind) => {
    expect(agencyKind(name)).toBe(kind);
  });
});

describe("fiscalYearPeriod", () => {
  it("writes the fiscal year's first and last month on a line each", () => {
    expect(fiscalYearPeriod(2569, "th")).toBe("ต.ค. 68 –\nก.ย. 69");
    expect(fiscalYearPeriod(2601, "th")).toBe("ต.ค. 00 –\nก.ย. 01");
    expect(fiscalYearPeriod(2569, "en")).toBe("Oct 2025 –\nSep 2026");
  });
});

describe("buildPlan", () => {
  it("gives asset and procurement measures to กองคลัง in a municipality, personnel to สำนักปลัดเทศบาล", () => {
    expect(byId(buildPlan(sample(), "th"))).toEqual({
      "1B": "ทุกกอง/สำนัก",
      "2B": "กองคลัง",
      "3C": "สำนักปลัดเทศบาล (งานการเจ้าหน้าที่)",
      "4D": "กองคลัง (งานพัสดุและทรัพย์สิน)",
      "5B": "สำนักปลัดเทศบาล",
      "6C": "ทุกกอง/สำนัก",
      "7C": "สำนักปลัดเทศบาล (งานประชาสัมพันธ์)",
      "8C": "สำนักปลัดเทศบาล ร่วมกับทุกกอง",
      "9D": "กองคลัง (งานพัสดุ) ร่วมกับกองช่าง",
      "9E": "สำนักปลัดเทศบาล (งานการเจ้าหน้าที่)",
      "10C": "สำนักปลัดเทศบาล",
    });
  });
  it("gives a university its own units, never สำนักปลัด", () => {
    const rows = buildPlan(sample("มหาวิทยาลัยตัวอย่าง"), "th");
    expect(byId(rows)["4D"]).toBe("กองคลัง (งานพัสดุ)");
    expect(byId(rows)["9E"]).toBe("กองบริหารทรัพยากรบุคคล");
    expect(rows.some((r) => r.responsible.includes("สำนักปลัด"))).toBe(false);
  });
  it("uses one unit for every row when the user names it", () => {
    const rows = buildPlan(sample(), "en", "Office of the Mayor");
    expect(new Set(rows.map((r) => r.responsible))).toEqual(new Set(["Office of the Mayor"]));
  });
  it("states the issue of an item measure for its own items, in words", () => {
    const rows = buildPlan(sample(), "th");
    const nine = rows.find((r) => r.id === "9E")!;
    expect(nine.issue).toContain("ข้อมูลการบริหารและพัฒนาทรัพยากรบุคคล");
    expect(nine.issue).not.toContain("o12");
    expect(rows.every((r) => !/\d+\.\d\d/.test(r.issue))).toBe(true);
  });
  it("leaves out the general measure when the item measures answer every weak item", () => {
    const rows = buildPlan(sample(), "th");
    expect(rows.map((r) => r.id)).toEqual([
      "1B",
      "2B",
      "3C",
      "4D",
      "5B",
      "6C",
      "7C",
      "8C",
      "9D",
      "9E",
      "10C",
    ]);
    // The item measure then states the whole issue, cause included.
    expect(rows.find((r) => r.id === "4D")!.issue).toBe(
      "คะแนนตัวชี้วัดต่ำกว่าเกณฑ์ 85 คะแนน โดยบุคลากรภายในจำนวนมากมีความเห็นว่าการขอยืมหรือขอใช้ทรัพย์สินของหน่วยงานยังไม่เป็นไปตามขั้นตอนหรือแนวปฏิบัติ (i10) ซึ่งอาจเกิดจากยังไม่มีขั้นตอนการขออนุญาตยืมทรัพย์สินที่ชัดเจนและแจ้งให้บุคลากรทราบอย่างทั่วถึง",
    );
  });
  it("gives a general measure beside item measures only the items they leave, OIT topics by name", () => {
    const rows = buildPlan(long(), "th");
    const row = (id: string) => rows.find((r) => r.id === id)!;
    expect(rows.filter((r) => r.indicator.startsWith("9.")).map((r) => r.id)).toEqual([
      "9A",
      "9D",
      "9E",
      "9G",
    ]);
    expect(row("9A").issue).toBe(
      "ยังเปิดเผยข้อมูลบนเว็บไซต์หลักไม่ครบตามองค์ประกอบที่กำหนดใน 3 เรื่อง ได้แก่ ข้อมูลการติดต่อ (o3) แผนและความก้าวหน้าในการดำเนินงานและการใช้งบประมาณประจำปี 2568 (o6) และคู่มือการขอรับบริการ (o9) ซึ่งอาจเกิดจากข้อมูลที่เผยแพร่ยังไม่เป็นปัจจุบันหรือยังขาดองค์ประกอบที่เกณฑ์กำหนด",
    );
    // The complaint channel goes to the complaints measure and its owner, not the website's.
    expect(row("9G").issue).toContain("ช่องทางแจ้งเรื่องร้องเรียน (o18)");
    expect(row("9D").issue).toContain(
      "ไม่ครบตามองค์ประกอบที่กำหนดในเรื่องข้อมูลการจัดซื้อจัดจ้างหรือการจัดหาพัสดุ (o12, o13) ซึ่งอาจเกิดจาก",
    );
    expect(row("9D").issue).not.toContain("o14");
    const stated = rows.map((r) => r.issue);
    expect(new Set(stated).size).toBe(stated.length);
  });
  it("gives an OIT indicator's general measure its weak items' fixes as steps", () => {
    const row = (lang: "th" | "en") => buildPlan(long(), lang).find((r) => r.id === "10A")!;
    expect(row("th").steps).toBe(
      "1. ประกาศเจตนารมณ์นโยบาย No Gift Policy และจัดกิจกรรมสร้างวัฒนธรรมตามนโยบาย\n2. รายงานผลการจัดการความเสี่ยงการทุจริตและประพฤติมิชอบประจำปี 2568\n3. กำหนดมาตรการส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงาน",
    );
    expect(
      row("en")
        .steps.split("\n")
        .every((s) => /^\d\. [A-Z]/.test(s)),
    ).toBe(true);
  });
  it("answers each weak survey item with a measure aimed at it where the library has one", () => {
    const rows = buildPlan(long(), "th");
    expect(rows.map((r) => r.id)).toEqual([
      "1D",
      "2D",
      "3D",
      "4D",
      "5D",
      "6D",
      "7D",
      "8A",
      "9A",
      "9D",
      "9E",
      "9G",
      "10A",
    ]);
    // Each row's steps speak of what its issue names (i9: personnel decisions; e6: answering).
    expect(rows[2]!.issue).toContain("(i9)");
    expect(rows[2]!.steps).toContain("เลื่อนตำแหน่ง");
    expect(rows[6]!.issue).toContain("(e6)");
    expect(rows[6]!.steps).toContain("การตอบข้อซักถาม");
  });
  it("says what a maintained indicator keeps, without 'ต่อไป' after a negative", () => {
    const three = buildPlan(sample(), "th").find((r) => r.id === "3C")!;
    expect(three.issue).toBe(
      "ผลการประเมินไม่ต่ำกว่าเกณฑ์ทุกข้อ จึงต้องรักษาระดับไว้ให้ผู้บังคับบัญชาใช้อำนาจอย่างเป็นธรรม ไม่เอื้อประโยชน์แก่ผู้ใด",
    );
  });
  it("points a repeated issue at the row that states it", () => {
    const rows = buildPlan(sample(), "th");
    const copy = { ...rows[8]!, id: "X1" };
    const pointed = pointRepeats([...rows, copy], "th");
    expect(pointed[rows.length]!.issue).toBe("ประเด็นเดียวกับลำดับที่ 9");
    expect(pointed.slice(0, rows.length)).toEqual(rows);
    expect(pointRepeats([...rows, copy], "en")[rows.length]!.issue).toBe(
      "The same issue as row 9.",
    );
  });
});
