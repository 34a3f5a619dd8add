import { analyse } from "../analyse/analyse";
import { generate } from "../generate";
import { PLAN_COLUMNS } from "../layout/planSheet";
import { parseWorkbook } from "../parse/parseWorkbook";
import { STATUSES, STATUS_KEYS } from "../plan/buildPlan";
import { mixedTable } from "../../../test/fixtures/layouts";
import { toGrids } from "../../../test/fixtures/toGrids";
import {
  editPlan,
  planOf,
  readBack,
  STAFF_ROW,
  STATUSES_2569,
  twoYears,
} from "../../../test/fixtures/twoYears";
import { department2569 } from "../../../test/fixtures/years";
import { followUpOf } from "./followUp";
import { MEASURES, SECOND_MEASURES } from "../measures/library";
import { adjustByFollowUp, markContinued } from "./nextPlan";
import { earlierLines, readEarlierPlan, statusOf } from "./readEarlierPlan";
import { VERDICTS, type FollowUp, type Verdict } from "./types";

const header = PLAN_COLUMNS.map((c) => c.key);
/** The plan's rows below its header, as { column key: value }. */
const planRows = (sheet: ReturnType<typeof planOf>) => {
  const at = sheet.rows.findIndex((r) => r.some((c) => c?.v === "รหัสมาตรการ (ไม่พิมพ์)"));
  return sheet.rows
    .slice(at + 1)
    .map((r) => Object.fromEntries(header.map((k, i) => [k, r[i]?.v ?? null])));
};
const verdicts = (f: FollowUp | null | undefined) => f?.rows.map((r) => [r.id, r.verdict]);

describe("the follow-up of the earlier plan (the two-year case of the sample)", () => {
  const t = twoYears();
  const followUp = t.second.analysis.followUp;

  it("finds the 2569 plan by its tag and judges every measure of it", () => {
    expect([followUp?.planYear, followUp?.sheet]).toEqual([2569, "แผนพัฒนา ITA 2569"]);
    expect(verdicts(followUp)).toEqual([
      // Done, yet indicator 1 fell (96.88 → 92.08) and i1 is under its floor (80): no effect.
      ["1B", "noEffect"],
      ["2B", "cancelled"],
      ["3C", "effective"],
      ["4D", "effective"],
      ["5B", "notDone"],
      ["6C", "effective"],
      ["7C", "notDone"],
      ["8C", "effective"],
      ["9D", "noEffect"],
      ["9E", "notDone"],
      ["10C", "effective"],
      [null, "notDone"],
    ]);
    expect(followUp?.counts).toEqual({
      effective: 5,
      improving: 0,
      noEffect: 2,
      notDone: 4,
      cancelled: 1,
      noData: 0,
    });
  });

  it("reads each status as staff typed it (Thai, English, spaces) and what they wrote", () => {
    const row = (id: string | null) => followUp?.rows.find((r) => r.id === id);
    expect(followUp?.rows.map((r) => r.status)).toEqual([
      "done",
      "cancelled",
      "done",
      "done",
      "inProgress",
      "done",
      "notStarted",
      "done",
      "done",
      "notStarted",
      "done",
      "inProgress",
    ]);
    expect(row("6C")?.statusText).toBe("Done");
    expect(row("10C")?.statusText).toBe("ดำเนินการแล้ว");
    expect(row("4D")?.result).toBe(
      "ออกแบบฟอร์มขอยืมและทะเบียนคุม มี.ค. 2569 เผยแพร่ที่ www.example.go.th/asset",
    );
    expect(row("1B")?.result).toBeNull();
    expect(row(null)?.measure).toBe("จัดทำคู่มือการปฏิบัติงานด้านพัสดุ");
    expect(row(null)?.indicator).toBe(2);
  });

  it("says measure 4 was done and i10 rose from 55 to 90, and measure 9 was done and o12 still scores 50", () => {
    const row = (id: string) => followUp?.rows.find((r) => r.id === id);
    expect(row("4D")?.items).toEqual([
      { code: "i10", previous: 55, score: 90, delta: 35, belowFloor: false },
    ]);
    expect(row("4D")?.indicatorChange).toEqual({ previous: 81.88, score: 93.54, delta: 11.66 });
    expect(row("9D")?.items).toEqual([
      { code: "o12", previous: 50, score: 50, delta: 0, belowFloor: true },
      { code: "o13", previous: 50, score: 50, delta: 0, belowFloor: true },
    ]);
    expect(row("9D")?.indicatorChange).toEqual({ previous: 86.75, score: 90, delta: 3.25 });
    // A measure of the flag alone is judged by its indicator: 1 fell to 92.08, still over 85.
    expect([row("1B")?.items, row("1B")?.indicatorChange]).toEqual([
      [],
      { previous: 96.88, score: 92.08, delta: -4.8 },
    ]);
  });

  const rows = planRows(planOf(t.second));
  const byId = (id: string) => rows.find((r) => r.id === id);

  it("builds the 2570 plan on it: unfinished ones carried and marked, the effective one not repeated, the ineffective one replaced", () => {
    expect(rows.map((r) => r.id)).toEqual([
      "1A",
      "2C",
      "P2569-1",
      "3C",
      "4C",
      "5C",
      "5B",
      "6C",
      "7C",
      "8C",
      "9D2",
      "9E",
      "10C",
    ]);
    expect(
      rows.filter((r) => String(r.measure).endsWith("(ต่อเนื่องจากแผนปี 2569)")).map((r) => r.id),
    ).toEqual(["P2569-1", "5B", "7C", "9E"]);
    expect(byId("4D")).toBeUndefined();
    expect(byId("9D")).toBeUndefined();
    expect(byId("9D2")?.measure).toBe(
      "มอบหมายเจ้าหน้าที่พัสดุเผยแพร่ข้อมูลการจัดซื้อจัดจ้างตามปฏิทินรายเดือน โดยหัวหน้ากองตรวจก่อนเผยแพร่",
    );
    expect(String(byId("9D2")?.steps).split("\n")).toEqual([
      "1. จัดทำปฏิทินการเผยแพร่ข้อมูลการจัดซื้อจัดจ้างรายเดือนและรายงานประจำปี",
      "2. เจ้าหน้าที่พัสดุเผยแพร่ตามปฏิทิน ด้วยแบบฟอร์มที่มีองค์ประกอบครบตามคู่มือการประเมิน",
      "3. หัวหน้ากองตรวจความครบถ้วนก่อนเผยแพร่ และบันทึกวันที่เผยแพร่",
    ]);
    // The same items as 9D answered, still weak.
    expect(String(byId("9D2")?.issue)).toContain("(o12, o13)");
  });

  it("keeps staff's text in a carried row, with this year's issue and period", () => {
    expect(byId("9E")).toMatchObject({
      measure: "จัดทำและเผยแพร่แผนและรายงานผลการบริหารและพัฒนาทรัพยากรบุคคล (ต่อเนื่องจากแผนปี 2569)",
      indicator: "9. การเปิดเผยข้อมูล",
      steps: "1. ขอข้อมูลจากงานการเจ้าหน้าที่\n2. ประชุมจัดทำแผนร่วมกับทุกกอง",
      responsible: "งานการเจ้าหน้าที่ สำนักปลัดเทศบาล",
      period: "ต.ค. 69 –\nก.ย. 70",
      status: "ยังไม่เริ่ม",
      result: null,
    });
    expect(String(byId("9E")?.issue)).toContain("(o14, o15)");
    expect(byId("P2569-1")).toMatchObject({
      measure: "จัดทำคู่มือการปฏิบัติงานด้านพัสดุ (ต่อเนื่องจากแผนปี 2569)",
      indicator: "2. การใช้งบประมาณ",
      issue: STAFF_ROW.issue,
      steps: STAFF_ROW.steps,
      period: "ต.ค. 69 –\nก.ย. 70",
      responsible: "กองคลัง",
      status: "กำลังดำเนินการ",
    });
    expect(byId("5B")?.status).toBe("กำลังดำเนินการ");
    expect(byId("2B")).toBeUndefined();
  });

  it("keeps what staff type in the 2570 plan on the next run, their carried row once", () => {
    const plan2570 = editPlan(readBack(planOf(t.second)), {
      "9E": { responsible: "กองยุทธศาสตร์และงบประมาณ" },
      "P2569-1": { steps: "1. ตามที่แก้ในแผนปี 2570" },
    });
    const grids = t.grids.concat(plan2570);
    const again = generate(grids, { year: 2569, today: "2026-11-10" });
    if (!again.ok) throw new Error("did not generate");
    const next = planRows(planOf(again));
    expect(next.map((r) => r.id)).toEqual(rows.map((r) => r.id));
    expect(next.find((r) => r.id === "9E")?.responsible).toBe("กองยุทธศาสตร์และงบประมาณ");
    expect(next.find((r) => r.id === "P2569-1")?.steps).toBe("1. ตามที่แก้ในแผนปี 2570");
    expect(verdicts(again.analysis.followUp)).toEqual(verdicts(followUp));
  });

  it("writes the mark in English for an English plan, once however often it is carried", () => {
    const en = twoYears({ options: { lang: "en" } });
    const carried = planRows(planOf(en.second)).filter((r) =>
      String(r.measure).endsWith("(continued from the 2569 plan)"),
    );
    expect(carried.map((r) => r.id)).toEqual(["P2569-1", "5B", "7C", "9E"]);
    expect(markContinued("วัด (ต่อเนื่องจากแผนปี 2569)", 2570, "th")).toBe("วัด (ต่อเนื่องจากแผนปี 2570)");
  });
});

describe("verdicts beyond the two-year case", () => {
  it("calls a done measure improving when an item rose but one is still under its floor", () => {
    const t = twoYears({
      statuses: { ...STATUSES_2569, "9E": "ดำเนินการแล้ว" },
      scores: { i10: 90, o14: 100 },
    });
    const row = t.second.analysis.followUp?.rows.find((r) => r.id === "9E");
    expect([row?.verdict, row?.items.map((i) => [i.code, i.score, i.delta])]).toEqual([
      "improving",
      [
        ["o14", 100, 50],
        ["o15", 50, 0],
      ],
    ]);
  });

  it("calls a done measure noData when this year's table has no score for what it aimed at", () => {
    const t = twoYears({ scores: { i10: null } });
    const row = t.second.analysis.followUp?.rows.find((r) => r.id === "4D");
    expect([row?.verdict, row?.items]).toEqual([
      "noData",
      [{ code: "i10", previous: 55, score: null, delta: null, belowFloor: false }],
    ]);
  });

  it("finds a renumbered year's items by topic: 2568's procurement o12–o13 are 2569's o11–o12", () => {
    const before = analyse(parseWorkbook(toGrids(mixedTable())));
    const now = analyse(parseWorkbook(toGrids(department2569())));
    if (!before.ok || !now.ok) throw new Error("did not analyse");
    const edits = {
      byKey: { "9D": { status: "ดำเนินการแล้ว" }, "9E": { status: "ดำเนินการแล้ว" } },
      added: [],
    };
    const plan = {
      sheet: "แผน",
      planYear: 2569,
      edits,
      lines: earlierLines(edits),
      statusCell: null,
    };
    const f = followUpOf(now.analysis, plan, before.analysis);
    expect(
      f.rows.map((r) => [r.id, r.verdict, r.items.map((i) => [i.code, i.previous, i.score])]),
    ).toEqual([
      [
        "9D",
        "noEffect",
        [
          ["o11", 50, 50],
          ["o12", 50, 50],
        ],
      ],
      [
        "9E",
        "noEffect",
        [
          ["o13", 50, 50],
          ["o14", 50, 0],
        ],
      ],
    ]);
  });
});

describe("bad input", () => {
  it("gives no follow-up without an earlier plan", () => {
    const r = generate(toGrids(mixedTable()));
    expect(r.ok && r.analysis.followUp).toBeNull();
    // A 2569 table with no plan of 2568's scores in the workbook: none either.
    const t = twoYears();
    const alone = generate(
      t.grids.filter((g) => g.tag !== "ITAAnalyzer_plan_2568"),
      {
        year: 2569,
      },
    );
    expect(alone.ok && alone.analysis.followUp).toBeNull();
    // A tagged sheet with no plan on it, and a plan under a tag the host could not prove ours.
    const tag = "ITAAnalyzer_plan_2568";
    const empty = { name: "x", top: 1, left: 1, values: [["a"]], tag, generated: true };
    expect(readEarlierPlan([empty], undefined, 2569)).toBeNull();
    expect(readEarlierPlan([{ ...t.plan2569, generated: false }], undefined, 2569)).toBeNull();
    expect(readEarlierPlan([t.plan2569], undefined, 2569)?.lines).toHaveLength(12);
  });

  it("reads a status it does not know as not done, keeps its text and carries the measure", () => {
    const t = twoYears({ statuses: { ...STATUSES_2569, "9D": "ทำไปบ้างแล้ว" } });
    const row = t.second.analysis.followUp?.rows.find((r) => r.id === "9D");
    expect([row?.status, row?.statusText, row?.verdict]).toEqual([null, "ทำไปบ้างแล้ว", "notDone"]);
    const plan = planRows(planOf(t.second));
    expect(plan.find((r) => r.id === "9D")?.measure).toBe(
      "จัดทำและเผยแพร่แผน รายการ ความก้าวหน้า และรายงานผลการจัดซื้อจัดจ้างให้ครบตามองค์ประกอบ (ต่อเนื่องจากแผนปี 2569)",
    );
    expect(plan.find((r) => r.id === "9D")?.status).toBe("ยังไม่เริ่ม");
    expect(plan.find((r) => r.id === "9D2")).toBeUndefined();
  });

  it("reads the earlier plan from an earlier output first (the command line's), then the workbook", () => {
    const t = twoYears();
    const inWorkbook = t.grids.filter((g) => g.tag !== "ITAAnalyzer_plan_2568");
    const earlier = [t.plan2569];
    const r = generate(inWorkbook, { year: 2569, earlier });
    expect(r.ok && verdicts(r.analysis.followUp)).toEqual(verdicts(t.second.analysis.followUp));
    const other = editPlan(t.plan2569, { "4D": { status: "ยกเลิก" } });
    const both = generate(t.grids, { year: 2569, earlier: [other] });
    expect(both.ok && both.analysis.followUp?.rows.find((x) => x.id === "4D")?.verdict).toBe(
      "cancelled",
    );
  });

  it("reads statuses in either language, trimmed and in any case, and nothing else", () => {
    expect([" ดำเนินการแล้ว ", "DONE", "in  progress", "ยกเลิก", "Not started"].map(statusOf)).toEqual(
      ["done", "done", "inProgress", "cancelled", "notStarted"],
    );
    expect(["", null, 5, true, "เสร็จ"].map(statusOf)).toEqual([null, null, null, null, null]);
    expect([STATUS_KEYS.length, STATUSES.en.length]).toEqual([
      STATUSES.th.length,
      STATUSES.th.length,
    ]);
  });
});

describe("the next plan's choices by verdict", () => {
  const measure = (id: string) => [...MEASURES, ...SECOND_MEASURES].find((m) => m.id === id)!;
  const followUp = (rows: [string, Verdict][]): FollowUp => ({
    planYear: 2569,
    sheet: "แผน",
    counts: Object.fromEntries(VERDICTS.map((v) => [v, 0])) as Record<Verdict, number>,
    rows: rows.map(([id, verdict]) => ({
      id,
      measure: id,
      indicator: 4,
      status: "done",
      statusText: "ดำเนินการแล้ว",
      result: null,
      indicatorChange: null,
      items: [],
      verdict,
    })),
  });
  const sample = analyse(parseWorkbook(toGrids(mixedTable())));
  if (!sample.ok) throw new Error("did not analyse");
  const ind = sample.analysis.indicators[3]!;
  const ids = (cs: { measure: { id: string } }[]) => cs.map((c) => c.measure.id);

  it("drops a measure that worked and answers no weak item now, unless it is the indicator's last", () => {
    const adjust = adjustByFollowUp(followUp([["4A", "effective"]]));
    const both = [
      { measure: measure("4A"), items: [] },
      { measure: measure("4D"), items: ["i10"] },
    ];
    expect(ids(adjust(ind, both))).toEqual(["4D"]);
    expect(ids(adjust(ind, [{ measure: measure("4A"), items: [] }]))).toEqual(["4A"]);
    // Still answering weak items: the indicator needs it.
    expect(ids(adjustByFollowUp(followUp([["4D", "effective"]]))(ind, both))).toEqual(["4A", "4D"]);
  });

  it("takes the other of a pair for a measure done without effect, the same items", () => {
    const choice = [{ measure: measure("4D"), items: ["i10"] }];
    expect(adjustByFollowUp(followUp([["4D", "noEffect"]]))(ind, choice)).toEqual([
      { measure: measure("4D2"), items: ["i10"] },
    ]);
    const second = [{ measure: measure("4D2"), items: ["i10"] }];
    expect(ids(adjustByFollowUp(followUp([["4D2", "noEffect"]]))(ind, second))).toEqual(["4D"]);
    expect(ids(adjustByFollowUp(followUp([["4D", "improving"]]))(ind, choice))).toEqual(["4D"]);
  });
});
