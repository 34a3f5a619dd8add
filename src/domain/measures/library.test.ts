import { AGENCY_WORDS } from "../agency/words";
import { INDICATORS } from "../framework/indicators";
import { TOPICS, topicById } from "../framework/topics";
import {
  alternativeOf,
  MEASURE_OF_TOPIC,
  MEASURES,
  SECOND_MEASURES,
  topicsOfMeasure,
} from "./library";

const PLACEHOLDERS = new RegExp(`\\{(year|planYear|${AGENCY_WORDS.join("|")})\\}`, "g");

describe("measure library", () => {
  it("has unique ids, aliases and second measures included", () => {
    const ids = [...MEASURES, ...SECOND_MEASURES].flatMap((m) => [m.id, ...(m.aliases ?? [])]);
    expect(new Set(ids).size).toBe(ids.length);
  });
  it("has an improve, a develop and a maintain measure for every indicator", () => {
    for (let n = 1; n <= 10; n++) {
      for (const flag of ["improve", "develop", "maintain"]) {
        expect(MEASURES.filter((m) => m.indicator === n && m.for === flag)).toHaveLength(1);
      }
    }
  });
  it("gives every topic exactly one measure, and names no topic it does not know", () => {
    const named = MEASURES.flatMap((m) => m.topics);
    expect(named.filter((t) => !topicById(t))).toEqual([]);
    expect(named.length).toBe(new Set(named).size);
    expect(TOPICS.filter((t) => !MEASURE_OF_TOPIC.has(t.id)).map((t) => t.id)).toEqual([]);
  });
  it("aims a measure only at topics of its indicator's tool, and of its own owner area", () => {
    for (const m of MEASURES) {
      const tool = INDICATORS.find((i) => i.number === m.indicator)?.tool;
      for (const t of m.topics) {
        const topic = topicById(t);
        expect([m.id, t, topic?.tool, topic?.domain]).toEqual([m.id, t, tool, m.domain]);
      }
    }
  });
  it("gives topics only to topic measures and improve measures", () => {
    for (const m of MEASURES) {
      if (m.for === "topic") expect([m.id, m.topics.length > 0]).toEqual([m.id, true]);
      if (m.for === "develop" || m.for === "maintain") expect([m.id, m.topics]).toEqual([m.id, []]);
    }
    expect(topicsOfMeasure("9D")).toEqual(["procurement"]);
    expect(topicsOfMeasure("4D")).toEqual(["assetBorrowing", "assetPrivateUse", "assetOversight"]);
  });
  it("has every text in Thai and English, with no placeholder but the years and the agency's words", () => {
    for (const m of [...MEASURES, ...SECOND_MEASURES]) {
      for (const t of [m.title, ...m.steps]) {
        expect(t.th).toMatch(/[\u0e00-\u0e7f]/);
        expect(t.en).toMatch(/^[\x20-\x7e–]+$/);
        for (const text of [t.th, t.en]) expect(text.replace(PLACEHOLDERS, "")).not.toMatch(/[{}]/);
      }
    }
  });
  it("makes the ITA-results measure a dated publishing of this report, with its own steps", () => {
    const m = MEASURE_OF_TOPIC.get("itaResults");
    expect([m?.dated, m?.ownSteps]).toEqual([true, true]);
    // Done before the next OIT check, with no date left to fill in the published plan.
    expect(m?.steps[1]).toEqual({
      th: "เผยแพร่บนเว็บไซต์หลักของหน่วยงานก่อนการตรวจข้อมูล OIT ปี {planYear}",
      en: "Publish them on the agency's main website before the {planYear} OIT check",
    });
    for (const s of m?.steps ?? []) expect(`${s.th} ${s.en}`).not.toMatch(/\.{3}/);
  });
});

describe("second measures", () => {
  it("give every topic's measure a second one, of the same indicator, flag and area, with other words and other steps", () => {
    const firsts = [...new Set(MEASURE_OF_TOPIC.values())];
    expect(firsts.filter((m) => !alternativeOf(m.id)).map((m) => m.id)).toEqual([]);
    for (const first of firsts) {
      const second = alternativeOf(first.id);
      const steps = (m: typeof first) => m.steps.flatMap((s) => [s.th, s.en]);
      expect([first.id, second?.insteadOf, second?.indicator, second?.for, second?.domain]).toEqual(
        [first.id, first.id, first.indicator, first.for, first.domain],
      );
      expect([first.id, second?.title.th === first.title.th]).toEqual([first.id, false]);
      expect([first.id, steps(second!).filter((s) => steps(first).includes(s))]).toEqual([
        first.id,
        [],
      ]);
      expect(second!.steps.length).toBeGreaterThanOrEqual(2);
      expect(alternativeOf(second!.id)?.id).toBe(first.id);
      expect(topicsOfMeasure(second!.id)).toEqual(first.topics);
    }
    expect(SECOND_MEASURES).toHaveLength(firsts.length);
    expect(alternativeOf("9D")?.id).toBe("9D2");
    expect(alternativeOf("9B")).toBeNull();
  });
  it("have ids no plan reads as an indicator suffix, and take no topic of their own", () => {
    for (const m of SECOND_MEASURES) {
      expect([m.id, /-\d+$/.test(m.id), m.topics]).toEqual([m.id, false, []]);
      expect(m.ownSteps).toBe(true);
    }
    expect(SECOND_MEASURES.find((m) => m.id === "10D2")?.dated).toBe(true);
  });
});

describe("measure wording", () => {
  it("never starts a text with รักษาการ…, which reads as acting in a post", () => {
    for (const m of [...MEASURES, ...SECOND_MEASURES])
      for (const t of [m.title, ...m.steps]) expect(t.th.startsWith("รักษาการ")).toBe(false);
  });
  it("gives asset, procurement and personnel measures their own owner area", () => {
    const domain = (id: string) => MEASURES.find((m) => m.id === id)?.domain;
    expect(["4A", "4D", "9D", "9E", "3C", "9G", "9H", "10D"].map(domain)).toEqual([
      "assets",
      "assets",
      "procurement",
      "personnel",
      "personnel",
      "complaints",
      "participation",
      "integrity",
    ]);
  });
});
