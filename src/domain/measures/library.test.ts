import { AGENCY_WORDS } from "../agency/words";
import { INDICATORS } from "../framework/indicators";
import { TOPICS, topicById } from "../framework/topics";
import { MEASURE_OF_TOPIC, MEASURES, topicsOfMeasure } from "./library";

const PLACEHOLDERS = new RegExp(`\\{(year|planYear|${AGENCY_WORDS.join("|")})\\}`, "g");

describe("measure library", () => {
  it("has unique ids, aliases included", () => {
    const ids = MEASURES.flatMap((m) => [m.id, ...(m.aliases ?? [])]);
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
    for (const m of MEASURES) {
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

describe("measure wording", () => {
  it("never starts a text with รักษาการ…, which reads as acting in a post", () => {
    for (const m of MEASURES)
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
