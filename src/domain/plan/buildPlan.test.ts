import { analyse } from "../analyse/analyse";
import type { Analysis } from "../analyse/types";
import { parseWorkbook } from "../parse/parseWorkbook";
import { mixedTable } from "../../../test/fixtures/layouts";
import { toGrids } from "../../../test/fixtures/toGrids";
import { agencyKind } from "./agencyKind";
import { buildPlan } from "./buildPlan";

function sample(unit?: string): Analysis {
  const r = analyse(parseWorkbook(toGrids(mixedTable())));
  if (!r.ok) throw new Error("sample did not analyse");
  return unit ? { ...r.analysis, unit: { name: unit, cell: "'ITA'!B2" } } : r.analysis;
}

const byId = (rows: ReturnType<typeof buildPlan>) =>
  Object.fromEntries(rows.map((r) => [r.id, r.responsible]));

describe("agencyKind", () => {
  it.each([
    ["เทศบาลตำบลคลองใหญ่", "municipality"],
    ["เทศบาลนครเชียงใหม่", "municipality"],
    ["องค์การบริหารส่วนตำบลบ้านใหม่", "subdistrict"],
    ["อบต.บ้านใหม่", "subdistrict"],
    ["มหาวิทยาลัยเชียงใหม่", "university"],
    ["กรมบัญชีกลาง", "department"],
    ["สำนักงานคณะกรรมการป้องกันและปราบปรามการทุจริตแห่งชาติ", "department"],
    ["โรงพยาบาลบ้านนา", "other"],
    ["", "other"],
  ])("%s is %s", (name, kind) => {
    expect(agencyKind(name)).toBe(kind);
  });
});

describe("buildPlan", () => {
  it("gives asset and procurement measures to กองคลัง in a municipality, personnel to สำนักปลัด", () => {
    expect(byId(buildPlan(sample(), "th"))).toEqual({
      "1B": "ทุกกอง/สำนัก",
      "2B": "กองคลัง",
      "3C": "สำนักปลัด (งานการเจ้าหน้าที่)",
      "4A": "กองคลัง (งานพัสดุและทรัพย์สิน)",
      "4D": "กองคลัง (งานพัสดุและทรัพย์สิน)",
      "5B": "สำนักปลัด",
      "6C": "ทุกกอง/สำนัก",
      "7C": "สำนักปลัด (งานประชาสัมพันธ์)",
      "8C": "สำนักปลัด ร่วมกับทุกกอง",
      "9A": "สำนักปลัด (ผู้ดูแลเว็บไซต์) ร่วมกับทุกกอง",
      "9D": "กองคลัง (งานพัสดุ) ร่วมกับกองช่าง",
      "9E": "สำนักปลัด (งานการเจ้าหน้าที่)",
      "10C": "สำนักปลัด",
    });
  });
  it("gives a university its own units, never สำนักปลัด", () => {
    const rows = buildPlan(sample("มหาวิทยาลัยตัวอย่าง"), "th");
    expect(byId(rows)["4A"]).toBe("กองคลัง (งานพัสดุ)");
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
  it("states each issue once: a repeated issue points at its row, a general measure beside its items' measures leaves the cause to them", () => {
    const rows = buildPlan(sample(), "th");
    const at = (id: string) => rows.findIndex((r) => r.id === id);
    expect(rows[at("4A")]!.issue).toContain("(i10) ซึ่งอาจเกิดจาก");
    expect(rows[at("4D")]!.issue).toBe(`ประเด็นเดียวกับลำดับที่ ${at("4A") + 1}`);
    expect(rows[at("9A")]!.issue).toContain("(o12, o13)");
    expect(rows[at("9A")]!.issue).not.toContain("ซึ่งอาจเกิดจาก");
    expect(rows[at("9D")]!.issue).toContain("ซึ่งอาจเกิดจาก");
    const stated = rows.map((r) => r.issue).filter((t) => !t.startsWith("ประเด็นเดียวกับ"));
    expect(new Set(stated).size).toBe(stated.length);
    expect(buildPlan(sample(), "en")[at("4D")]!.issue).toBe(
      `The same issue as row ${at("4A") + 1}.`,
    );
  });
});
