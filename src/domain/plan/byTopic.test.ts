/**
 * Issue #18: the plan follows what each item asks, in every year. The fixtures give each
 * item the topic a reader of its text would give it (test/fixtures/years.ts), so these tests
 * hold the plan to that, not to our own topic finder, and fail if one year's numbering (2568's)
 * decides another's.
 */
import { analyse } from "../analyse/analyse";
import type { Analysis } from "../analyse/types";
import { readYearFile } from "../framework/yearFile";
import { topicById } from "../framework/topics";
import { MEASURES } from "../measures/library";
import { parseWorkbook } from "../parse/parseWorkbook";
import { indicatorText } from "../prose/indicatorText";
import { reportText } from "../prose/reportText";
import type { Framework } from "../framework/types";
import { toGrids } from "../../../test/fixtures/toGrids";
import {
  department2569,
  department2569Items,
  moved2570,
  moved2570Items,
  moved2570YearFile,
  subdistrictLow2569,
  subdistrictLow2569Items,
  yearTable,
  type FixtureItem,
} from "../../../test/fixtures/years";
import type { Layout } from "../../../test/fixtures/layouts";
import { agencyKind } from "./agencyKind";
import { buildPlan } from "./buildPlan";
import { measuresFor } from "./measuresFor";
import { readPlanEdits } from "./readPlanEdits";
import { beforeCheckPeriod } from "./period";
import { responsibleFor } from "./responsible";

function run(layout: Layout, frameworks: Framework[] = []): Analysis {
  const r = analyse(parseWorkbook(toGrids(layout)), { frameworks });
  if (!r.ok) throw new Error(JSON.stringify(r.findings));
  return r.analysis;
}

const file2570 = (): Framework => {
  const read = readYearFile(moved2570YearFile());
  if (!read.ok) throw new Error(read.errors.map((e) => e.en).join("\n"));
  return read.framework;
};

/** Every row of the plan with the items it answers, and those items' true topics. */
function rows(a: Analysis, truth: FixtureItem[]) {
  const plan = buildPlan(a, "th");
  return a.indicators.flatMap((ind) =>
    measuresFor(ind, a.framework).map((choice) => ({
      ind,
      measure: choice.measure,
      items: choice.items,
      topics: choice.items.map((code) => truth.find((t) => t.code === code)?.topic ?? null),
      row: plan.find((r) => r.id === choice.measure.id)!,
    })),
  );
}

/** The assertions every year's plan must meet, by topic. */
function holdsByTopic(a: Analysis, truth: FixtureItem[]) {
  const kind = agencyKind(a.unit?.name);
  const all = rows(a, truth);
  for (const r of all) {
    for (const [i, topic] of r.topics.entries()) {
      const item = r.items[i];
      if (topic === null) {
        // An item no topic fits: its indicator's own improve measure, never another topic's.
        expect([item, r.measure.for, r.measure.indicator]).toEqual([item, "improve", r.ind.number]);
        continue;
      }
      // Every listed item belongs to the measure's topics, and the owner fits the topic.
      expect([item, topic, r.measure.topics.includes(topic)]).toEqual([item, topic, true]);
      expect([item, r.row.responsible]).toEqual([
        item,
        responsibleFor(topicById(topic)!.domain, kind, "th"),
      ]);
    }
  }
  // Every weak item is answered by exactly one row.
  for (const ind of a.indicators.filter((i) => i.flag === "improve")) {
    const listed = all.filter((r) => r.ind === ind).flatMap((r) => r.items);
    expect([ind.number, [...listed].sort()]).toEqual([
      ind.number,
      ind.causes.map((c) => c.code).sort(),
    ]);
  }
  return all;
}

describe("a general agency's 2569 list (issue #18's case)", () => {
  const a = run(department2569());
  const truth = department2569Items();
  const all = holdsByTopic(a, truth);
  const byTopic = (t: string) => all.find((r) => r.measure.topics.includes(t));

  it("gives procurement its measure with only procurement items, HR its own with both HR items", () => {
    expect(byTopic("procurement")?.items.sort()).toEqual(["o11", "o12"]);
    expect(byTopic("procurement")?.row.responsible).toBe("กองคลัง (กลุ่มพัสดุ)");
    expect(byTopic("personnel")?.items.sort()).toEqual(["o13", "o14"]);
    expect(byTopic("personnel")?.row.responsible).toBe("กองการเจ้าหน้าที่");
    // The monthly procurement summary is not in the website measure, whose steps are its own.
    const website = all.find((r) => r.measure.id === "9A");
    expect(website).toBeUndefined();
  });
  it("makes the ITA-results item (O25 at 0) a dated publishing of this report", () => {
    const ita = byTopic("itaResults")!;
    expect(ita.items).toEqual(["o25"]);
    expect(ita.row.period).toBe(beforeCheckPeriod(2570, "th"));
    expect(ita.row.steps).toContain("2. เผยแพร่บนเว็บไซต์หลักของหน่วยงานก่อนการตรวจข้อมูล OIT ปี 2570\n");
    expect(ita.row.steps).toContain("รายงานการวิเคราะห์ผลการประเมิน ITA ปี 2569");
  });
  it("says an OIT item at 0 was not published or not accepted, a partial one incomplete", () => {
    const ten = indicatorText(a.indicators[9]!, a, "th").found;
    expect(ten).toContain(
      "ยังไม่ปรากฏข้อมูลบนเว็บไซต์หลักหรือข้อมูลไม่ผ่านการตรวจประเมินในเรื่องการนำผลการประเมิน ITA ไปสู่การพัฒนาองค์กร (o25 0.00 คะแนน)",
    );
    expect(ten).not.toContain("ไม่ครบตามองค์ประกอบ");
    const nine = indicatorText(a.indicators[8]!, a, "th").found;
    expect(nine).toMatch(/ยังไม่ปรากฏข้อมูล.*\(o14 0\.00 คะแนน\)/);
    expect(nine).toMatch(/ไม่ครบตามองค์ประกอบ.*\(o11, o12 ข้อละ 50\.00 คะแนน\)/);
  });
  it("says which year each report covers: assessed last year, to publish for this year", () => {
    // 2569 checked the HR report of 2568; the 2570 plan publishes 2569's and 2570's plan.
    expect(indicatorText(a.indicators[8]!, a, "th").found).toContain(
      "รายงานผลการบริหารและพัฒนาทรัพยากรบุคคลประจำปี 2568 (o14",
    );
    expect(byTopic("personnel")?.row.steps).toBe(
      "1. จัดทำหลักเกณฑ์และแผนการบริหารและพัฒนาทรัพยากรบุคคลของปี 2570 ให้มีองค์ประกอบครบตามเกณฑ์\n2. รายงานผลการบริหารและพัฒนาทรัพยากรบุคคลประจำปี 2569 เทียบกับแผน",
    );
  });
  it("says a high survey score that fell is high but lower, never a failing of the head", () => {
    const five = a.indicators[4]!;
    expect(five.flag).toBe("develop");
    const text = indicatorText(five, a, "th").found;
    expect(text).not.toContain("ไม่เพียงพอ");
    expect(text).toContain(
      "การให้ความสำคัญของผู้บริหารสูงสุดกับการแก้ไขปัญหาการทุจริต ผลของการดำเนินการเพื่อป้องกันการทุจริตของหน่วยงาน และความเชื่อมั่นในการจัดการเรื่องร้องเรียนการทุจริตและประพฤติมิชอบ (i13–i15 ข้อละ 95.63 คะแนน) ซึ่งยังไม่ต่ำกว่าเกณฑ์รายข้อ 85 คะแนน แต่ควรเสริมให้เข้มแข็งขึ้น",
    );
    const plan = buildPlan(a, "th").find((r) => r.indicator.startsWith("5."))!;
    expect(plan.issue).not.toContain("ไม่เพียงพอ");
    expect(plan.issue).not.toContain("ซึ่งอาจเกิดจาก");
  });
});

describe("a 2570-style list: items moved to other numbers, new items", () => {
  const truth = moved2570Items();
  it.each<[string, Framework[]]>([
    ["without a year file for 2570", []],
    ["with the IT officer's year file for 2570", [file2570()]],
  ])("follows each item's topic %s", (_, frameworks) => {
    const a = run(moved2570(), frameworks);
    const all = holdsByTopic(a, truth);
    const of = (id: string) => all.find((r) => r.measure.id === id);
    // Procurement now o1–o2, HR o4–o5, the ITA-results item o3 (moved into indicator 9).
    expect(of("9D")?.items.sort()).toEqual(["o1", "o2"]);
    expect(of("9E")?.items.sort()).toEqual(["o4", "o5"]);
    expect([of("10D")?.items, of("10D")?.ind.number, of("10D")?.row.period]).toEqual([
      ["o3"],
      9,
      beforeCheckPeriod(2571, "th"),
    ]);
    // The new quarterly spending report is a plan-and-report item; the new personal-data item
    // fits no topic and goes to its indicator's own measure, named by its own text.
    expect(of("9A")?.items).toEqual(["o27"]);
    expect(of("10A")?.items).toContain("o28");
    expect(of("10A")?.row.issue).toContain("มาตรการคุ้มครองข้อมูลส่วนบุคคลของผู้รับบริการ (o28)");
    // Survey questions renumbered: bribes now i1, borrowing i12, answering e4.
    expect([of("1D")?.items, of("4D")?.items, of("7D")?.items]).toEqual([["i1"], ["i12"], ["e4"]]);
    const unknown = a.findings.some((f) => f.rule === "framework-year-unknown");
    expect(unknown).toBe(frameworks.length === 0);
  });
});

describe("a codes-only table", () => {
  it("takes each code's meaning from its own year's list, never 2568's", () => {
    const bare = department2569Items().map((i) => ({ ...i, text: "" }));
    const a = run(yearTable({ unit: "กรมส่งเสริมตัวอย่าง", year: 2569, previous: {}, items: bare }));
    const all = holdsByTopic(a, department2569Items());
    // 2568's o13 was procurement, its o25 the prevention plan: 2569's are HR and ITA results.
    expect(all.find((r) => r.items.includes("o13"))?.measure.id).toBe("9E");
    expect(all.find((r) => r.items.includes("o25"))?.measure.id).toBe("10D");
    expect(MEASURES.find((m) => m.id === "9D")?.topics).toEqual(["procurement"]);
  });
});

describe("a total under the pass mark", () => {
  const a = run(subdistrictLow2569());
  it("says which tool and indicators pulled it down, and by how much of the weighted total", () => {
    expect(a.total.level?.label.th).toBe("ต้องปรับปรุง");
    const [th, en] = [reportText(a, "th").overall[0], reportText(a, "en").overall[0]];
    expect(th).toMatch(
      /ลดลง 19\.07 คะแนนจากปีงบประมาณ พ\.ศ\. 2568 ซึ่งได้ 92\.97 คะแนน โดยปี 2568 อยู่ในระดับผ่านดี /,
    );
    expect(th).toContain(
      "คะแนนรวมต่ำกว่าเกณฑ์ผ่าน 85 คะแนน เพราะ OIT ได้ 40.75 คะแนน (น้ำหนักร้อยละ 40) จึงให้คะแนนรวมเพียง 16.30 จาก 40 คะแนน โดยเฉพาะตัวชี้วัดที่ 10 การป้องกันการทุจริต (20.00 คะแนน ได้ 4.00 จาก 20) และตัวชี้วัดที่ 9 การเปิดเผยข้อมูล (61.50 คะแนน ได้ 12.30 จาก 20)",
    );
    expect(en).toContain(
      "The total is under the pass mark of 85 mostly because of OIT: at 40.75 with a weight of 40 %, it gives the total only 16.30 of its 40 points, above all indicator 10 Corruption prevention (20.00, giving 4.00 of 20) and indicator 9 Information disclosure (61.50, giving 12.30 of 20).",
    );
    // A total that passes has no such sentence.
    expect(reportText(run(department2569()), "th").overall.join(" ")).not.toContain("ต่ำกว่าเกณฑ์ผ่าน");
  });
  it("covers every weak topic of indicator 10 in the plan, a step for each weak item", () => {
    const all = holdsByTopic(a, subdistrictLow2569Items());
    const ten = all.filter((r) => r.ind.number === 10);
    const weakTopics = new Set(
      a.indicators[9]!.causes.map(
        (c) => subdistrictLow2569Items().find((i) => i.code === c.code)!.topic,
      ),
    );
    expect([...weakTopics].sort()).toEqual(["itaResults", "noGift", "prevention", "risk"]);
    expect(new Set(ten.flatMap((r) => r.topics))).toEqual(weakTopics);
    for (const r of ten.filter((x) => !x.measure.ownSteps))
      expect(r.row.steps.split("\n")).toHaveLength(r.items.length);
  });
});

describe("a topic whose items sit in two indicators", () => {
  it("gives the measure a row under each, with ids staff edits can be kept by", () => {
    const items = [
      ...department2569Items(),
      // A workbook that places a procurement item under indicator 10 too.
      {
        code: "o27",
        indicator: 10,
        text: "รายงานการจัดซื้อจัดจ้างด้วยวิธีเฉพาะเจาะจง",
        score: 50,
        topic: "procurement",
      },
    ];
    const a = run(yearTable({ unit: "กรมส่งเสริมตัวอย่าง", year: 2569, previous: {}, items }));
    const ids = buildPlan(a, "th").map((r) => r.id);
    expect(ids).toEqual(expect.arrayContaining(["9D", "9D-10"]));
    expect(new Set(ids).size).toBe(ids.length);
    const grid = {
      name: "แผนพัฒนา ITA 2570",
      top: 1,
      left: 1,
      values: [
        ["ขั้นตอนหรือวิธีการปฏิบัติ", "รหัสมาตรการ (ไม่พิมพ์)"],
        ["ตามที่เจ้าหน้าที่พิมพ์", "9D-10"],
        ["แถวที่เจ้าหน้าที่เพิ่ม", "9D-X"],
      ],
    };
    const edits = readPlanEdits(grid);
    expect(edits?.byKey["9D-10"]?.steps).toBe("ตามที่เจ้าหน้าที่พิมพ์");
    expect(edits?.added.map((r) => r.id)).toEqual(["9D-X"]);
  });
});
