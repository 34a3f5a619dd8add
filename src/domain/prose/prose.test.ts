import { analyse } from "../analyse/analyse";
import type { Analysis } from "../analyse/types";
import { frameworkFor } from "../framework/frameworkFor";
import { parseWorkbook } from "../parse/parseWorkbook";
import { mixedTable, type Layout } from "../../../test/fixtures/layouts";
import { longReport } from "../../../test/fixtures/longReport";
import { toGrids } from "../../../test/fixtures/toGrids";
import type { GridValue, Lang } from "../types";
import { codeList, joinList, scoreNote } from "./format";
import { headOf } from "./headOf";
import { indicatorText } from "./indicatorText";
import { itemQuestion } from "./itemQuestion";
import { planIssueText } from "./planIssueText";
import { reportText } from "./reportText";

function run(layout: Layout): Analysis {
  const r = analyse(parseWorkbook(toGrids(layout)));
  if (!r.ok) throw new Error(JSON.stringify(r.findings));
  return r.analysis;
}

const seed = run(mixedTable());
const ind = (n: number) => seed.indicators.find((i) => i.number === n)!;

/** Every item code a text names, ranges ("o1–o4") expanded. */
function codesIn(text: string): string[] {
  const out: string[] = [];
  for (const m of text.matchAll(/\b([ieo])(\d+)(?:–\1?(\d+))?/g)) {
    const [, p, a, b] = m;
    for (let n = Number(a); n <= Number(b ?? a); n++) out.push(`${p}${n}`);
  }
  return out;
}

describe("reportText, on the seed's scores", () => {
  it("says the total, its change, its level, the previous level in its scale (Thai)", () => {
    expect(reportText(seed, "th").overall[0]).toBe(
      "ผลการประเมิน ITA ประจำปีงบประมาณ พ.ศ. 2568 ของเทศบาลตำบลคลองใหญ่ ได้คะแนนรวม 94.50 คะแนน อยู่ในระดับผ่านดี เพิ่มขึ้น 7.79 คะแนนจากปีงบประมาณ พ.ศ. 2567 ซึ่งได้ 86.71 คะแนน โดยปี 2567 อยู่ในระดับผ่าน เนื่องจาก EIT 83.41 และ OIT 81.67 ต่ำกว่า 85 คะแนน",
    );
  });
  it("says what moved the total: indicator 9 alone gives +4.68 of the +7.79 (Thai)", () => {
    expect(reportText(seed, "th").overall[1]).toBe(
      "ทั้งนี้ คะแนนรวมที่เพิ่มขึ้น 7.79 คะแนน มาจากตัวชี้วัดที่ 9 การเปิดเผยข้อมูลมากที่สุด ซึ่งคะแนนเพิ่มขึ้น 23.42 คะแนน และมีผลต่อคะแนนรวม +4.68 คะแนน รองลงมาคือตัวชี้วัดที่ 8 การปรับปรุงระบบการทำงาน (+3.00 คะแนน) ตัวชี้วัดที่ 7 ประสิทธิภาพการสื่อสาร (+0.61 คะแนน) และตัวชี้วัดอื่นอีก 2 ตัวชี้วัดรวมกัน (+0.45 คะแนน) ส่วนที่ทำให้คะแนนรวมลดลง ได้แก่ ตัวชี้วัดที่ 4 การใช้ทรัพย์สินของราชการ (-0.71 คะแนน) ตัวชี้วัดที่ 2 การใช้งบประมาณ (-0.15 คะแนน) ตัวชี้วัดที่ 1 การปฏิบัติหน้าที่ (-0.05 คะแนน) และตัวชี้วัดที่ 5 การแก้ไขปัญหาการทุจริต (-0.05 คะแนน) (ผลต่างของแต่ละตัวชี้วัดมีผลต่อคะแนนรวมตามน้ำหนัก ตัวชี้วัดละ IIT 0.06 EIT 0.10 และ OIT 0.20)",
    );
  });
  it("places the total against 2568's national average", () => {
    expect(reportText(seed, "th").overall[2]).toBe(
      "คะแนนรวมสูงกว่าค่าเฉลี่ยของหน่วยงานภาครัฐทั้งประเทศในปีเดียวกัน (93.82 คะแนน) อยู่ 0.68 คะแนน",
    );
    expect(reportText(seed, "en").overall[2]).toBe(
      "The total is 0.68 above the national average of the same year (93.82).",
    );
  });
  it("says the same in English", () => {
    const en = reportText(seed, "en");
    expect(en.overall[0]).toBe(
      'In the ITA of fiscal year 2025 (B.E. 2568), the agency scored 94.50 in total, level "Good", up 7.79 on 2024\'s 86.71. 2024 was at level "Pass", because EIT 83.41 and OIT 81.67 are under 85.',
    );
    expect(en.overall[1]).toMatch(
      /^The total's change of \+7\.79 came most from indicator 9 Information disclosure, which moved \+23\.42 and so moved the total \+4\.68, then indicator 8/,
    );
  });
  it("gives each indicator's contribution: change × tool weight ÷ its indicators", () => {
    const c = reportText(seed, "th").contributions;
    expect(c.map((x) => [x.number, x.contribution])).toEqual([
      [1, -0.05],
      [2, -0.15],
      [3, 0.13],
      [4, -0.71],
      [5, -0.05],
      [6, 0.32],
      [7, 0.61],
      [8, 3],
      [9, 4.68],
      [10, 0],
    ]);
  });
  it("gives the level, the previous level, the memo, headings and legend", () => {
    const th = reportText(seed, "th");
    expect(th.level).toEqual({ label: "ผ่านดี", heldBy: [], reason: null, full: "ผ่านดี" });
    expect(th.previousLevel).toBe("ผ่าน — EIT 83.41 และ OIT 81.67 ต่ำกว่า 85 คะแนน");
    expect(th.memo.to).toBe("นายกเทศมนตรีตำบลคลองใหญ่");
    expect(th.memo.body).toContain("3. ด้านการเปิดเผยข้อมูลสาธารณะ (OIT) ได้คะแนน 93.37 คะแนน");
    expect(th.memo.body[1]).toBe("บัดนี้ เทศบาลตำบลคลองใหญ่ ได้คะแนนรวม 94.50 คะแนน อยู่ในระดับผ่านดี ดังนี้");
    // The approval names the analysis by the assessed year and the plan by the next.
    expect(th.memo.body[th.memo.body.length - 1]).toBe(
      "จึงเรียนมาเพื่อโปรดทราบ และพิจารณาอนุญาตให้เผยแพร่รายงานการวิเคราะห์ผลการประเมิน ITA ประจำปีงบประมาณ พ.ศ. 2568 และแผนพัฒนาองค์กร ปี 2569 ตามที่แนบมา บนเว็บไซต์หลักของหน่วยงานต่อไป",
    );
    const en = reportText(seed, "en").memo.body;
    expect(en[en.length - 1]).toBe(
      "For your information and approval to publish the attached ITA analysis of fiscal year 2025 (B.E. 2568) and development plan for fiscal year 2026 (B.E. 2569) on our main website.",
    );
    expect(en).toEqual([
      'In the National Anti-Corruption Commission\'s Integrity and Transparency Assessment (ITA) of fiscal year 2025 (B.E. 2568), the agency scored 94.50 in total, at the level "Good". By tool: Internal stakeholders (IIT) 93.96; External stakeholders (EIT) 96.52; Open data (OIT) 93.37.',
      en[1],
    ]);
    expect(th.headings.background).toBe("ความเป็นมา");
    expect(th.legend[3]).toContain("ไม่ใช่เกณฑ์ของสำนักงาน ป.ป.ช.");
    expect(th.title).toBe(
      "รายงานผลการวิเคราะห์การประเมินคุณธรรมและความโปร่งใสในการดำเนินงานของหน่วยงานภาครัฐ (ITA) ของเทศบาลตำบลคลองใหญ่ ประจำปีงบประมาณ พ.ศ. 2568",
    );
  });
});

describe("indicatorText, on the seed's scores", () => {
  it("names borrowing assets (i10, 55.00) as indicator 4's cause", () => {
    expect(indicatorText(ind(4), seed, "th")).toEqual({
      found:
        "ข้อบกพร่องที่ตรวจพบ คือ บุคลากรภายในจำนวนมากมีความเห็นว่าการขอยืมหรือขอใช้ทรัพย์สินของหน่วยงานยังไม่เป็นไปตามขั้นตอนหรือแนวปฏิบัติ (i10 55.00 คะแนน) ซึ่งต่ำกว่าเกณฑ์รายข้อ 85 คะแนนที่หน่วยงานกำหนด ส่งผลให้คะแนนตัวชี้วัดอยู่ที่ 81.88 คะแนน ต่ำกว่าเกณฑ์ 85 คะแนน และลดลง 11.76 คะแนนจากปี 2567",
      fix: "ข้อที่ต้องแก้ไขปรับปรุง คือ กำหนดขั้นตอนการขออนุญาตยืมและใช้ทรัพย์สินของหน่วยงาน พร้อมแบบฟอร์มและทะเบียนคุมการยืม-คืน และแจ้งให้บุคลากรทุกคนถือปฏิบัติ",
      keep: "ข้อที่ต้องรักษาระดับไว้ คือ เจ้าหน้าที่ไม่นำทรัพย์สินของหน่วยงานไปใช้เพื่อประโยชน์ส่วนตัว (i11) และการกำกับดูแลและตรวจสอบทรัพย์สินป้องกันการนำไปใช้เพื่อประโยชน์ส่วนตัวได้ (i12)",
    });
    expect(indicatorText(ind(4), seed, "en").found).toBe(
      "Weakness found: many staff find that the agency's assets are borrowed or used without following the procedure (i10: 55.00), under the agency's item floor of 85, which puts the indicator at 81.88, under 85 and down 11.76 from 2024.",
    );
  });
  it("names procurement (o12–o13) and personnel (o14–o15) disclosure for indicator 9, and its gain", () => {
    const t = indicatorText(ind(9), seed, "th");
    expect(t.found).toBe(
      "ข้อบกพร่องที่ตรวจพบ คือ ยังเปิดเผยข้อมูลบนเว็บไซต์หลักไม่ครบตามองค์ประกอบที่กำหนดใน 2 เรื่อง ได้แก่ ข้อมูลการจัดซื้อจัดจ้างหรือการจัดหาพัสดุ ทั้งรายการและความก้าวหน้าการจัดซื้อจัดจ้างประจำปี 2568 และรายงานผลการจัดซื้อจัดจ้างประจำปี 2567 (o12, o13 ข้อละ 50.00 คะแนน) และข้อมูลการบริหารและพัฒนาทรัพยากรบุคคล ทั้งแผนการบริหารและพัฒนาทรัพยากรบุคคล และรายงานผลการบริหารและพัฒนาทรัพยากรบุคคลประจำปี 2567 (o14, o15 ข้อละ 50.00 คะแนน) ซึ่งต่ำกว่าเกณฑ์รายข้อ 100 คะแนนที่หน่วยงานกำหนด",
    );
    expect(t.keep).toMatch(
      /^ข้อที่ต้องรักษาระดับไว้ คือ ผลการดำเนินงานที่ทำให้คะแนนตัวชี้วัดเพิ่มขึ้นจาก 63\.33 เป็น 86\.75 คะแนน โดยการเปิดเผยข้อมูลพื้นฐานของหน่วยงาน \(o1–o4\)/,
    );
    const en = indicatorText(ind(9), seed, "en");
    expect(en.found).toContain(
      "data on procurement, namely the list of procurement for 2025 and its progress and the procurement report for 2024",
    );
    expect(en.found).toContain("data on human-resources management and development");
    expect(en.keep).toContain("from 63.33 to 86.75 (+23.42)");
  });
  it.each<Lang>(["th", "en"])("names no item twice in any indicator's text (%s)", (lang) => {
    for (const i of seed.indicators) {
      const t = indicatorText(i, seed, lang);
      const codes = codesIn(`${t.found} ${t.fix} ${t.keep}`);
      expect([i.number, codes.length]).toEqual([i.number, new Set(codes).size]);
    }
  });
  it("names every item of the seed exactly once, as weak or as kept", () => {
    for (const i of seed.indicators) {
      const t = indicatorText(i, seed, "th");
      const named = codesIn(`${t.found} ${t.keep}`).sort();
      expect([i.number, named]).toEqual([i.number, i.items.map((it) => it.code).sort()]);
    }
  });
  it("varies the weaknesses by content too", () => {
    const found = seed.indicators
      .filter((i) => i.flag !== "maintain")
      .map((i) => indicatorText(i, seed, "th").found.replace(/[\d.,+\-–]+/g, "#"));
    expect(new Set(found).size).toBe(found.length);
  });
  it("varies by content: set the numbers aside and no two indicators' keep texts are alike", () => {
    const bare = seed.indicators.map((i) =>
      indicatorText(i, seed, "th").keep.replace(/[\d.,+\-–]+/g, "#"),
    );
    expect(new Set(bare).size).toBe(10);
  });
  it("writes complete sentences for an indicator whose items are not in the table", () => {
    const rows = mixedTable()[0]!.rows.filter((row) => !/^(ข้อ )?i\d/.test(String(row[0] ?? "")));
    const a = run([{ name: "ITA", rows }]);
    const four = a.indicators.find((i) => i.number === 4)!;
    expect(indicatorText(four, a, "th").found).toBe(
      "ข้อบกพร่องที่ตรวจพบ คือ การใช้ทรัพย์สินของราชการยังไม่เป็นไปตามขั้นตอนหรือแนวปฏิบัติ โดยคะแนนตัวชี้วัดอยู่ที่ 81.88 คะแนน ต่ำกว่าเกณฑ์ 85 คะแนน",
    );
  });
});

describe("indicatorText, what is kept", () => {
  it("keeps only that no item is under its floor when every item of a developing indicator fell", () => {
    expect(indicatorText(ind(5), seed, "th").keep).toBe(
      "ข้อที่ต้องรักษาระดับไว้ คือ คะแนนทุกข้อยังไม่ต่ำกว่าเกณฑ์รายข้อ 85 คะแนน จึงควรรักษามาตรฐานนี้ไว้",
    );
  });
  it("credits a gain to the items kept only when none of them fell", () => {
    const long = run(longReport());
    const keep = (n: number) =>
      indicatorText(
        long.indicators.find((i) => i.number === n)!,
        long,
        "th",
      ).keep;
    // Indicator 3 rose while i7 and i8 fell a little; indicator 6 rose with e1 and e2.
    expect(keep(3)).toContain("เพิ่มขึ้นจาก 97.43 เป็น 99.59 คะแนน รวมทั้งผู้บังคับบัญชาไม่สั่ง");
    expect(keep(6)).toContain("เพิ่มขึ้นจาก 94.80 เป็น 98.03 คะแนน โดยเจ้าหน้าที่ให้บริการ");
  });
});

describe("indicatorText, on all 10 indicators with most items weak", () => {
  const long = run(longReport());
  const nine = long.indicators.find((i) => i.number === 9)!;
  it("names more than two OIT topics briefly in the defects, each part in the fixes", () => {
    const t = indicatorText(nine, long, "th");
    expect(t.found).toBe(
      "ข้อบกพร่องที่ตรวจพบ คือ ยังเปิดเผยข้อมูลบนเว็บไซต์หลักไม่ครบตามองค์ประกอบที่กำหนดใน 6 เรื่อง ได้แก่ ข้อมูลการติดต่อ (o3 75.00 คะแนน) แผนและความก้าวหน้าในการดำเนินงานและการใช้งบประมาณประจำปี 2568 (o6 75.00 คะแนน) คู่มือการขอรับบริการ (o9 75.00 คะแนน) ข้อมูลการจัดซื้อจัดจ้างหรือการจัดหาพัสดุ (o12 25.00 และ o13 50.00 คะแนน) ข้อมูลการบริหารและพัฒนาทรัพยากรบุคคล (o14 50.00 และ o15 25.00 คะแนน) และช่องทางแจ้งเรื่องร้องเรียน (o18 75.00 คะแนน) ซึ่งต่ำกว่าเกณฑ์รายข้อ 100 คะแนนที่หน่วยงานกำหนด",
    );
    expect(codesIn(t.fix)).toEqual([]);
    expect(t.fix).toContain("(6) ");
  });
  it("keeps several parts of one topic under the topic's name, their codes after it", () => {
    expect(indicatorText(nine, long, "th").keep).toContain(
      "โดยการเปิดเผยข้อมูลพื้นฐานของหน่วยงาน (o1, o2, o4) ข้อมูลแผนและผลการดำเนินงาน (o5, o7)",
    );
  });
});

describe("the flags sentence", () => {
  it("says all ten are in one group when they are, instead of listing them", () => {
    const long = run(longReport());
    expect(reportText(long, "th").overall.at(-1)).toBe(
      "เมื่อพิจารณารายตัวชี้วัด ตัวชี้วัดทั้ง 10 ตัวชี้วัดอยู่ในกลุ่มต้องปรับปรุง ดังรายละเอียดในการวิเคราะห์รายตัวชี้วัด",
    );
    expect(reportText(seed, "th").overall.at(-1)).toMatch(
      /^เมื่อพิจารณารายตัวชี้วัด มีตัวชี้วัดที่ต้องปรับปรุง 2 ตัวชี้วัด/,
    );
  });
});

describe("planIssueText", () => {
  it("says what is weak and why, in words, without score lists", () => {
    expect(planIssueText(ind(4), seed, "th")).toBe(
      "คะแนนตัวชี้วัดต่ำกว่าเกณฑ์ 85 คะแนน โดยบุคลากรภายในจำนวนมากมีความเห็นว่าการขอยืมหรือขอใช้ทรัพย์สินของหน่วยงานยังไม่เป็นไปตามขั้นตอนหรือแนวปฏิบัติ (i10) ซึ่งอาจเกิดจากยังไม่มีขั้นตอนการขออนุญาตยืมทรัพย์สินที่ชัดเจนและแจ้งให้บุคลากรทราบอย่างทั่วถึง",
    );
    for (const lang of ["th", "en"] as const)
      for (const i of seed.indicators)
        expect(planIssueText(i, seed, lang)).not.toMatch(/\d+\.\d\d/);
  });
  it("speaks of a measure's own items only", () => {
    const t = planIssueText(ind(9), seed, "th", ["o12", "o13"]);
    expect(codesIn(t)).toEqual(["o12", "o13"]);
    expect(t).toContain("การจัดซื้อจัดจ้าง");
  });
  it("says what is kept for a maintained indicator (English)", () => {
    expect(planIssueText(ind(3), seed, "en")).toBe(
      "Every result meets its floor; keep it so that superiors use their authority fairly, without favour.",
    );
  });
});

describe("levels across the change of scale and partial years", () => {
  const relabel = (from: string, to: string) => (v: GridValue) =>
    typeof v === "string" ? v.replace(from, to) : v;
  /** The seed's table with its two years renamed (older first, so the names never collide). */
  const years = (older: number, newer: number) =>
    mixedTable()[0]!.rows.map((row) =>
      row.map(relabel("คะแนน 2567", `คะแนน ${older}`)).map(relabel("คะแนน 2568", `คะแนน ${newer}`)),
    );
  it("states 2566's letter level in its own scale and does not compare it with 2567's", () => {
    const a = run([{ name: "ITA", rows: years(2566, 2567) }]);
    expect([a.year, a.previousYear]).toEqual([2567, 2566]);
    const th = reportText(a, "th");
    expect(th.previousLevel).toBe("A (ผ่าน)");
    expect(th.overall[0]).toContain(
      "ส่วนปี 2566 อยู่ในระดับ A (ผ่าน) ตามเกณฑ์ระดับของปีนั้นซึ่งเป็นคนละแบบกับปี 2567 จึงไม่เทียบระดับของสองปีโดยตรง",
    );
    expect(th.overall).toContain(
      "คะแนนรวมสูงกว่าค่าเฉลี่ยของหน่วยงานภาครัฐทั้งประเทศในปีเดียวกัน (93.05 คะแนน) อยู่ 1.45 คะแนน",
    );
  });
  it("says what pulled a falling total down, and what held it up", () => {
    const a = run([{ name: "ITA", rows: years(2569, 2568) }]);
    expect([a.year, a.previousYear, a.total.delta]).toEqual([2569, 2568, -7.79]);
    expect(reportText(a, "th").overall[1]).toMatch(
      /^ทั้งนี้ คะแนนรวมที่ลดลง 7\.79 คะแนน มาจากตัวชี้วัดที่ 9 การเปิดเผยข้อมูลมากที่สุด ซึ่งคะแนนลดลง 23\.42 คะแนน และมีผลต่อคะแนนรวม -4\.68 คะแนน .* ส่วนที่ทำให้คะแนนรวมเพิ่มขึ้น ได้แก่ ตัวชี้วัดที่ 4 การใช้ทรัพย์สินของราชการ \(\+0\.71 คะแนน\)/,
    );
  });
  it("says nothing of a national average it does not know (2569)", () => {
    const th = reportText(run([{ name: "ITA", rows: years(2568, 2569) }]), "th");
    expect(th.overall.join(" ")).not.toContain("ค่าเฉลี่ย");
  });
  it("states a partial previous year", () => {
    const rows = mixedTable()[0]!.rows.map((row) =>
      /^ตัวชี้วัดที่ (4|5) /.test(String(row[0] ?? ""))
        ? [row[0] ?? null, null, row[2] ?? null, null]
        : row,
    );
    const th = reportText(run([{ name: "ITA", rows }]), "th");
    expect(th.overall).toContain(
      "ปีงบประมาณ พ.ศ. 2567 มีคะแนนไม่ครบทุกตัวชี้วัด (ไม่มีคะแนนตัวชี้วัดที่ 4 และ 5) ตัวชี้วัดดังกล่าวจึงไม่มีผลต่าง",
    );
  });
});

describe("a level held down by a tool", () => {
  const rows = mixedTable()[0]!.rows.map((row) => (row[0] === "EIT" ? ["EIT", null, 80.35] : row));
  const a = run([{ name: "ITA", rows }]);
  it("says why and what to raise, in the level, the overall paragraph and the memo", () => {
    const th = reportText(a, "th");
    expect(th.level).toEqual({
      label: "ผ่าน",
      heldBy: ["EIT"],
      reason: "EIT 80.35 ต่ำกว่า 85 คะแนน",
      full: "ผ่าน — EIT 80.35 ต่ำกว่า 85 คะแนน",
    });
    expect(th.overall[0]).toContain(
      "ได้คะแนนรวม 94.50 คะแนน อยู่ในระดับผ่าน เนื่องจาก EIT 80.35 ต่ำกว่า 85 คะแนน (ต้องยกคะแนน EIT ให้ถึง 85 คะแนนขึ้นไป จึงจะได้ระดับผ่านดี)",
    );
    expect(th.memo.body[1]).toContain("อยู่ในระดับผ่าน เนื่องจาก EIT 80.35 ต่ำกว่า 85 คะแนน");
    expect(reportText(a, "en").overall[0]).toContain(
      'level "Pass", because EIT 80.35 is under 85 (raising EIT to at least 85 would give the level "Good")',
    );
  });
  it("says in words whether a letter level of 2566 passed", () => {
    const old = mixedTable()[0]!.rows.map((row) =>
      row.map((v) => (v === "คะแนน 2568" ? "คะแนน 2566" : v === "คะแนน 2567" ? "คะแนน 2565" : v)),
    );
    const b = run([
      {
        name: "ITA",
        rows: old.map((row) => (row[0] === "คะแนนรวม ITA" ? [row[0], null, 80] : row)),
      },
    ]);
    expect(reportText(b, "th").level.full).toBe("B (ไม่ผ่าน)");
    expect(reportText(b, "en").level.full).toBe("B (not passed)");
  });
});

describe("item questions", () => {
  it("are the assessment's own questions, never a short negative label", () => {
    const f = frameworkFor(2568);
    expect(itemQuestion({ code: "i5" }, f, "th")).toBe(
      "เจ้าหน้าที่ในหน่วยงานของท่าน มีการเบิกจ่ายเงินเป็นเท็จ เช่น ค่าทำงานล่วงเวลา ค่าวัสดุอุปกรณ์ หรือค่าเดินทาง ฯลฯ มากน้อยเพียงใด",
    );
    for (const code of ["i2", "i3", "i5", "i6", "i7", "i8", "i9", "i11", "e3"])
      expect(f.items.find((i) => i.code === code)?.text?.th).toMatch(/มากน้อยเพียงใด|หรือไม่$/);
  });
  it("take the workbook's wording in Thai, and ours in English", () => {
    const f = frameworkFor(2568);
    const own = "ข้อ i10 เจ้าหน้าที่ในหน่วยงานของท่าน มีการขอยืมหรือขอใช้ทรัพย์สินของหน่วยงาน  ตามขั้นตอน";
    expect(itemQuestion({ code: "i10", label: own }, f, "th")).toBe(
      "เจ้าหน้าที่ในหน่วยงานของท่าน มีการขอยืมหรือขอใช้ทรัพย์สินของหน่วยงาน ตามขั้นตอน",
    );
    expect(itemQuestion({ code: "i10", label: own }, f, "en")).toBe(
      "How far do the agency's staff borrow or use its assets by the proper procedure?",
    );
    // A Thai text unlike the year's wording of any item is never Thai in English: its topic,
    // else its code; an English text is the workbook's own.
    expect(itemQuestion({ code: "i10", label: "i10 การยืมพัสดุ" }, f, "en")).toBe(
      "Borrowing the agency's assets by the procedure",
    );
    expect(itemQuestion({ code: "o30", label: "o30 รายงานผล" }, frameworkFor(2569), "en")).toBe(
      "o30",
    );
    expect(
      itemQuestion({ code: "o30", label: "o30 Annual report" }, frameworkFor(2569), "en"),
    ).toBe("Annual report");
    // An item 2569 does not word takes another year's English of the same topic.
    expect(
      itemQuestion({ code: "o2", label: "o2 ข้อมูลผู้บริหาร", indicator: 9 }, frameworkFor(2569), "en"),
    ).toBe("Information on the executives");
    expect(itemQuestion({ code: "o2" }, frameworkFor(2569), "th")).toBe("o2");
    expect(itemQuestion({ code: "o12" }, frameworkFor(2571), "th")).toBe("o12");
  });
});

describe("format", () => {
  it("joins lists the Thai and the English way", () => {
    expect(joinList(["ก", "ข", "ค"], "th")).toBe("ก ข และค");
    expect(joinList(["4", "9"], "th")).toBe("4 และ 9");
    expect(joinList(["a", "b", "c"], "en")).toBe("a, b and c");
  });
  it("writes code runs as ranges and scores once when they are equal", () => {
    expect(codeList(["o1", "o2", "o3", "o4", "o16", "o17"])).toBe("o1–o4, o16, o17");
    expect(
      scoreNote(
        [
          ["o12", 50],
          ["o13", 50],
        ],
        "th",
      ),
    ).toBe("o12, o13 ข้อละ 50.00 คะแนน");
    expect(
      scoreNote(
        [
          ["o12", 50],
          ["o13", 0],
        ],
        "en",
      ),
    ).toBe("o12: 50.00, o13: 0.00");
  });
});

describe("a single year", () => {
  it("reports the total and level without a change or a previous level", () => {
    const rows = mixedTable()[0]!.rows.map((row, r) =>
      row.map((v, c) => (r >= 3 && (c === 1 || c === 3) ? null : v)),
    );
    const a = run([{ name: "ITA", rows }]);
    expect(a.previousYear).toBeNull();
    const th = reportText(a, "th");
    expect(th.overall[0]).toBe(
      "ผลการประเมิน ITA ประจำปีงบประมาณ พ.ศ. 2568 ของเทศบาลตำบลคลองใหญ่ ได้คะแนนรวม 94.50 คะแนน อยู่ในระดับผ่านดี",
    );
    expect(th.previousLevel).toBeNull();
    expect(indicatorText(a.indicators[2]!, a, "th").found).toBe(
      "ข้อบกพร่องที่ตรวจพบ คือ ไม่มี เนื่องจากทุกข้อได้คะแนนไม่ต่ำกว่าเกณฑ์",
    );
  });
});

describe("headOf (เรียน …)", () => {
  it.each([
    ["เทศบาลตำบลคลองใหญ่", "นายกเทศมนตรีตำบลคลองใหญ่"],
    ["เทศบาลเมืองพัทลุง", "นายกเทศมนตรีเมืองพัทลุง"],
    ["องค์การบริหารส่วนตำบลบ้านใหม่", "นายกองค์การบริหารส่วนตำบลบ้านใหม่"],
    ["มหาวิทยาลัยทักษิณ", "อธิการบดีมหาวิทยาลัยทักษิณ"],
    ["กรมบัญชีกลาง", "อธิบดีกรมบัญชีกลาง"],
  ])("%s → %s", (unit, head) => {
    expect(headOf(unit, "th")).toBe(head);
  });
  it("never prints Thai in English, and leaves an unknown head to fill rather than guess", () => {
    // Thaksin is a person's name, not a place: its English must be given (--unit-en).
    expect(headOf("มหาวิทยาลัยทักษิณ", "en")).toBe("…………");
    expect(headOf(null, "th")).toBe("…………");
    expect(headOf("สำนักงานคณะกรรมการป้องกันและปราบปรามการทุจริตแห่งชาติ", "th")).toBe("…………");
  });
});

describe("never more than the data supports (issue #18)", () => {
  /** Every claim the report makes about the scores (not its instructions: fixes and steps). */
  const claims = (a: Analysis, lang: Lang) => {
    const r = reportText(a, lang);
    return [
      ...r.overall,
      ...r.legend,
      ...a.indicators.flatMap((i) => {
        const t = indicatorText(i, a, lang);
        return [t.found, t.keep, planIssueText(i, a, lang)];
      }),
    ];
  };
  it("says no 'every item' (ทุกข้อ) when the table has no item scores", () => {
    const rows = mixedTable()[0]!.rows.filter(
      (row) => !/^(ข้อ )?[ieo๐]\d/.test(String(row[0] ?? "")),
    );
    const a = run([{ name: "ITA", rows }]);
    expect(a.indicators.every((i) => i.items.length === 0)).toBe(true);
    expect(claims(a, "th").filter((t) => t.includes("ทุกข้อ"))).toEqual([]);
    expect(claims(a, "en").filter((t) => /every (item|result)/.test(t))).toEqual([]);
    expect(planIssueText(ind(3), seed, "th")).toContain("ทุกข้อ");
  });
  it("says nothing fell or did not fall without a previous year, and words the flags so", () => {
    const rows = mixedTable()[0]!.rows.map((row, r) =>
      row.map((v, c) => (r >= 3 && (c === 1 || c === 3) ? null : v)),
    );
    const a = run([{ name: "ITA", rows }]);
    expect(a.previousYear).toBeNull();
    // The legend still defines ต้องพัฒนา (lower than last year): a definition, not a claim.
    const legend = new Set(reportText(a, "th").legend);
    expect(
      claims(a, "th").filter((t) => /ไม่ลดลง/.test(t) || (/ลดลงจาก/.test(t) && !legend.has(t))),
    ).toEqual([]);
    expect(claims(a, "en").filter((t) => /did not fall|fell from/.test(t))).toEqual([]);
    expect(reportText(a, "th").legend[2]).toBe(
      "รักษาระดับ หมายถึง คะแนนไม่ต่ำกว่าเกณฑ์ (ไม่มีคะแนนปีก่อนจึงไม่ได้พิจารณาการลดลง)",
    );
    expect(reportText(seed, "th").legend[2]).toBe(
      "รักษาระดับ หมายถึง คะแนนไม่ต่ำกว่าเกณฑ์และไม่ลดลงจากปีก่อน",
    );
  });
  it("names a high IIT score that fell for what it asks, never as the head's failing", () => {
    const five = indicatorText(ind(5), seed, "th").found;
    expect(five).not.toMatch(/ไม่เพียงพอ|บางส่วนมีความเห็นว่า/);
    expect(five).toContain("(i13–i15 ข้อละ 95.63 คะแนน) ซึ่งยังไม่ต่ำกว่าเกณฑ์รายข้อ 85 คะแนน");
    expect(planIssueText(ind(5), seed, "th")).not.toMatch(/ไม่เพียงพอ|ซึ่งอาจเกิดจาก/);
  });
});

describe("an indicator to develop (it fell, still above the floor)", () => {
  it("says the fall as a sentence, then the items to strengthen as one of their own", () => {
    expect(indicatorText(ind(1), seed, "th").found).toBe(
      "ข้อบกพร่องที่ตรวจพบ คือ คะแนนตัวชี้วัดลดลงจาก 97.73 เป็น 96.88 คะแนน (ลดลง 0.85 คะแนน) แต่ยังไม่ต่ำกว่าเกณฑ์ 85 คะแนน ข้อที่ควรเสริมให้เข้มแข็งขึ้น คือ ข้อที่ได้คะแนนต่ำที่สุดในตัวชี้วัดนี้ ได้แก่ การปฏิบัติงานและการให้บริการตามขั้นตอนและระยะเวลา (i1 94.38 คะแนน) ซึ่งยังไม่ต่ำกว่าเกณฑ์รายข้อ 85 คะแนน",
    );
    expect(planIssueText(ind(1), seed, "th")).toBe(
      "คะแนนตัวชี้วัดลดลงจากปี 2567 ข้อที่ควรเสริมให้เข้มแข็งขึ้น คือ ข้อที่ได้คะแนนต่ำที่สุดในตัวชี้วัดนี้ ได้แก่ การปฏิบัติงานและการให้บริการตามขั้นตอนและระยะเวลา (i1) ซึ่งยังไม่ต่ำกว่าเกณฑ์รายข้อ 85 คะแนน",
    );
  });
  it("says that items all at one score scored equally, not which is the lowest", () => {
    const th = indicatorText(ind(5), seed, "th").found;
    expect(th).toContain(
      "แต่ยังไม่ต่ำกว่าเกณฑ์ 85 คะแนน ทุกข้อของตัวชี้วัดนี้ได้คะแนนเท่ากัน ได้แก่ การให้ความสำคัญของผู้บริหารสูงสุดกับการแก้ไขปัญหาการทุจริต ผลของการดำเนินการเพื่อป้องกันการทุจริตของหน่วยงาน และความเชื่อมั่นในการจัดการเรื่องร้องเรียนการทุจริตและประพฤติมิชอบ (i13–i15 ข้อละ 95.63 คะแนน) ซึ่งยังไม่ต่ำกว่าเกณฑ์รายข้อ 85 คะแนน แต่ควรเสริมให้เข้มแข็งขึ้นทุกข้อ",
    );
    expect(th).not.toContain("ต่ำที่สุด");
    expect(indicatorText(ind(5), seed, "en").found).toBe(
      "Weakness found: the indicator fell from 96.52 to 95.63 (-0.89), though it still meets the floor of 85; all its items, the head's commitment to solving corruption, how far the agency's anti-corruption work prevents corruption and trust in the handling of corruption complaints (i13–i15: 95.63 each), scored the same; they are still not under the item floor of 85 but worth strengthening.",
    );
    expect(planIssueText(ind(5), seed, "en")).toBe(
      "The indicator fell from 2024: all its items, the head's commitment to solving corruption, how far the agency's anti-corruption work prevents corruption and trust in the handling of corruption complaints (i13–i15), scored the same; they are still not under the item floor of 85 but worth strengthening.",
    );
  });
});
