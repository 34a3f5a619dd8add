import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { PHRASED_TOPICS } from "../prose/phrases";
import { moved2570YearFile } from "../../../test/fixtures/years";
import { frameworkFor, knownYears } from "./frameworkFor";
import { topicOf } from "./topicOf";
import { findTopic, NO_TOPIC, TOPICS, topicById } from "./topics";
import { readYearFile } from "./yearFile";

const DIR = path.join(__dirname, "years");
const FILES = readdirSync(DIR).filter((f) => f.endsWith(".json"));
const toolOf = (year: number, indicator: number) =>
  frameworkFor(year).indicators.find((i) => i.number === indicator)?.tool;

describe("the year files", () => {
  it("are the supported years: one file per year, named by it, nothing else to list", () => {
    expect(FILES.every((f) => /^\d{4}\.json$/.test(f))).toBe(true);
    expect(knownYears()).toEqual(FILES.map((f) => Number(f.slice(0, 4))).sort());
    for (const f of FILES) {
      const raw: unknown = JSON.parse(readFileSync(path.join(DIR, f), "utf8"));
      const read = readYearFile(raw, f);
      expect([f, read.ok ? [] : read.errors.map((e) => e.en)]).toEqual([f, []]);
      if (read.ok) expect(read.framework.year).toBe(Number(f.slice(0, 4)));
    }
  });
  it.each(knownYears())(
    "%d: every item has a known topic of its tool, none left to `none`",
    (y) => {
      for (const item of frameworkFor(y).items) {
        const topic = topicById(item.topic);
        expect([item.code, item.topic, topic?.tool]).toEqual([
          item.code,
          item.topic,
          toolOf(y, item.indicator),
        ]);
        expect(item.topic).not.toBe(NO_TOPIC);
      }
    },
  );
  it.each(knownYears())("%d: each item's own wording, Thai and English, tells its topic", (y) => {
    for (const item of frameworkFor(y).items) {
      const tool = toolOf(y, item.indicator);
      if (!item.text || !tool) continue;
      expect([item.code, findTopic(item.text.th, tool), findTopic(item.text.en, tool)]).toEqual([
        item.code,
        item.topic,
        item.topic,
      ]);
    }
  });
  it("gives each OIT item that covers a year words that say which ({year})", () => {
    for (const y of knownYears())
      for (const item of frameworkFor(y).items.filter((i) => i.reportsOn))
        for (const words of [item.name, item.fix].filter(Boolean))
          expect([
            y,
            item.code,
            words?.th.includes("{year}"),
            words?.en.includes("{year}"),
          ]).toEqual([y, item.code, true, true]);
  });
  it("has 2569 as a general agency's 26 OIT items, O25 the ITA-results item", () => {
    const oit = frameworkFor(2569).items.filter((i) => i.code.startsWith("o"));
    expect(oit).toHaveLength(26);
    expect(oit.find((i) => i.topic === "itaResults")?.code).toBe("o25");
    expect(oit.filter((i) => i.topic === "procurement").map((i) => i.code)).toEqual(["o11", "o12"]);
    expect(oit.filter((i) => i.topic === "personnel").map((i) => i.code)).toEqual(["o13", "o14"]);
    expect(oit.filter((i) => i.reportsOn === "last-year").map((i) => i.code)).toEqual([
      "o12",
      "o14",
      "o18",
      "o22",
      "o24",
      "o26",
    ]);
  });
});

describe("topics", () => {
  it("have unique ids, each with the words the prose needs", () => {
    expect(new Set(TOPICS.map((t) => t.id)).size).toBe(TOPICS.length);
    const survey = TOPICS.filter((t) => t.tool !== "OIT").map((t) => t.id);
    const open = TOPICS.filter((t) => t.tool === "OIT").map((t) => t.id);
    expect([...PHRASED_TOPICS.survey].sort()).toEqual([...survey].sort());
    expect([...PHRASED_TOPICS.open].sort()).toEqual([...open].sort());
  });
  it("never take another year's meaning of a number: each year's codes mean that year's topics", () => {
    const years = knownYears();
    let differing = 0;
    for (const y of years)
      for (const other of years) {
        for (const item of frameworkFor(other).items) {
          const own = frameworkFor(y).items.find((i) => i.code === item.code);
          if (own && own.topic !== item.topic) differing++;
          // A code alone (no text in the workbook) means what the year's own list says, or nothing.
          expect([y, item.code, topicOf({ code: item.code }, frameworkFor(y))]).toEqual([
            y,
            item.code,
            own?.topic ?? null,
          ]);
        }
      }
    // 2568 and 2569 number the same topics differently (o11–o14, o25 …): the test has teeth.
    expect(differing).toBeGreaterThan(20);
    // A year without a file knows no item by its number.
    expect(topicOf({ code: "o11" }, frameworkFor(2571))).toBeNull();
  });
  it("are found from a workbook's own text first, whatever the number", () => {
    const f = frameworkFor(2569);
    // A local government's list may number the procurement report o13, where 2569's o13 is HR's.
    expect(
      topicOf({ code: "o13", label: "o13 รายงานสรุปผลการจัดซื้อจัดจ้าง ประจำปี", indicator: 9 }, f),
    ).toBe("procurement");
    expect(topicOf({ code: "o13" }, f)).toBe("personnel");
    // Staff break Thai words with spaces; English works too.
    expect(topicOf({ code: "o3", label: "o3 การ นำผลการประเมิน ITA ไปสู่การพัฒนา" }, f)).toBe(
      "itaResults",
    );
    expect(topicOf({ code: "o9", label: "o9 Annual procurement report", indicator: 9 }, f)).toBe(
      "procurement",
    );
    // A text no topic fits: nothing, never the year's meaning of its number.
    expect(
      topicOf({ code: "o11", label: "o11 มาตรการคุ้มครองข้อมูลส่วนบุคคล", indicator: 9 }, f),
    ).toBeNull();
  });
});

/** A year file as a test spoils it. */
interface Raw {
  weights: Record<string, unknown>;
  levels: { bands: unknown[] };
  items?: { list: Record<string, unknown>[] };
}

describe("readYearFile", () => {
  const good = () => JSON.parse(JSON.stringify(moved2570YearFile())) as Raw;
  const item = (r: Raw, i: number) => r.items?.list[i] as Record<string, unknown>;
  const code = (r: Raw, c: string) => r.items?.list.find((i) => i.code === c) ?? {};
  it("reads a 2570-style file the way the built-in years are read, and frameworkFor takes it", () => {
    const read = readYearFile(good(), "ita-2570.json");
    if (!read.ok) throw new Error(read.errors.map((e) => e.en).join("\n"));
    const f = frameworkFor(2570, [read.framework]);
    expect(f.basedOn).toBeUndefined();
    expect(f.items.find((i) => i.code === "o1")?.topic).toBe("procurement");
    expect(knownYears([read.framework])).toContain(2570);
    expect(frameworkFor(2570).basedOn).toBe(2569);
  });
  it.each<[string, (raw: Raw) => void, RegExp]>([
    [
      "an unknown topic",
      (r) => (item(r, 0).topic = "budgets"),
      /items\.list\[0\]\.topic.*"budgets"/,
    ],
    ["a topic of another tool", (r) => (item(r, 0).topic = "procurement"), /not a known IIT topic/],
    ["no topic at all", (r) => delete item(r, 3).topic, /items\.list\[3\]\.topic/],
    ["weights not adding to 1", (r) => (r.weights.OIT = "0.50"), /weights must add up to 1/],
    ["a code of another tool", (r) => (item(r, 0).code = "o99"), /o99 is not an IIT item/],
    ["the same code twice", (r) => (item(r, 1).code = item(r, 0).code), /listed twice/],
    ["levels out of order", (r) => r.levels.bands.reverse(), /from the highest down/],
    [
      "a year's report without {year}",
      (r) =>
        Object.assign(code(r, "o2"), {
          reportsOn: "last-year",
          name: { th: "รายงานสรุปผลการจัดซื้อจัดจ้าง", en: "the procurement report" },
        }),
      /must have "\{year\}"/,
    ],
    ["no items", (r) => delete r.items, /the items are missing/],
  ])("refuses %s, saying where and what to write, in Thai and English", (_, spoil, message) => {
    const raw = good();
    spoil(raw);
    const read = readYearFile(raw, "ita-2570.json");
    expect(read.ok).toBe(false);
    if (read.ok) return;
    expect(read.errors.map((e) => e.en).join("\n")).toMatch(message);
    for (const e of read.errors) {
      expect(e.en.startsWith("ita-2570.json: ")).toBe(true);
      expect(e.th).toMatch(/^ita-2570\.json: .*[\u0e00-\u0e7f]/);
    }
  });
  it("accepts `none` for an item no topic fits", () => {
    const raw = good();
    expect(code(raw, "o28").topic).toBe("none");
    const read = readYearFile(raw);
    expect(read.ok && topicOf({ code: "o28" }, read.framework)).toBeNull();
  });
});
