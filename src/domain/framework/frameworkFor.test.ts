import type { ToolCode } from "../types";
import { bandFor, frameworkFor, knownYears, levelFor } from "./frameworkFor";

describe("frameworkFor", () => {
  it("knows the years of the year files, oldest first", () => {
    expect(knownYears()).toEqual([2563, 2564, 2565, 2566, 2567, 2568, 2569]);
  });
  it("has the ten indicators in every known year, weights adding to 1", () => {
    for (const y of knownYears()) {
      const f = frameworkFor(y);
      expect(f.indicators.map((i) => i.number)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);
      expect(f.tools.reduce((s, t) => s + Number(t.weight), 0)).toBeCloseTo(1, 10);
      expect(f.passMark).toBe(85);
    }
  });
  it("marks every band with its evidence; bands pass exactly at the pass mark", () => {
    for (const y of knownYears()) {
      const f = frameworkFor(y);
      for (const b of f.bands) {
        expect(["V", "S", "U"]).toContain(b.evidence);
        expect(b.passed).toBe(b.min >= f.passMark);
      }
    }
  });
  it("knows the 2568 items: o20 in indicator 9, o21 in 10", () => {
    const items = frameworkFor(2568).items;
    expect(items).toHaveLength(52);
    expect(items.find((i) => i.code === "o20")?.indicator).toBe(9);
    expect(items.find((i) => i.code === "o21")?.indicator).toBe(10);
  });
  it("takes the nearest year's levels for a year it does not know, not its items or average", () => {
    expect(frameworkFor(2571).year).toBe(2571);
    expect(frameworkFor(2571).basedOn).toBe(2569);
    expect(frameworkFor(2571).items).toEqual([]);
    expect(frameworkFor(2569).basedOn).toBeUndefined();
    expect(frameworkFor(2571).bands[0]?.label.th).toBe("ผ่านดีเยี่ยม");
    expect(frameworkFor(2568).nationalAverage?.value).toBe(93.82);
    expect(frameworkFor(2567).nationalAverage?.value).toBe(93.05);
    expect(frameworkFor(2569).nationalAverage).toBeUndefined();
    expect(frameworkFor(2571).nationalAverage).toBeUndefined();
  });
});

describe("bandFor (the total alone)", () => {
  it.each([
    [2566, 95, "AA"],
    [2566, 94.99, "A"],
    [2566, 74.99, "C"],
    [2566, 50, "E"],
    [2566, 49.99, "F"],
    [2566, 0, "F"],
  ])("%d: %d is %s (floor inclusive, no gaps)", (year, total, label) => {
    expect(bandFor(frameworkFor(year), total)?.label.th).toBe(label);
  });
});

describe("levelFor 2567 on: five levels with a floor on every tool", () => {
  const all = (s: number): Record<ToolCode, number> => ({ IIT: s, EIT: s, OIT: s });
  it.each<[number, Partial<Record<ToolCode, number>>, string, ToolCode[]]>([
    [98.82, all(98.82), "ผ่านดีเยี่ยม", []],
    [95, all(95), "ผ่านดีเยี่ยม", []],
    [95, { IIT: 95, EIT: 95, OIT: 95 }, "ผ่านดีเยี่ยม", []],
    [95, { IIT: 95, EIT: 94.99, OIT: 95.01 }, "ผ่านดี", ["EIT"]],
    [94.99, all(95), "ผ่านดี", []],
    [94.99, { IIT: 94.99, EIT: 95, OIT: 95 }, "ผ่านดี", []],
    [85, all(85), "ผ่านดี", []],
    [85, { IIT: 85, EIT: 84.99, OIT: 85 }, "ผ่าน", ["EIT"]],
    [96, { IIT: 84.99, EIT: 99, OIT: 99 }, "ผ่าน", ["IIT"]],
    [84.99, all(99), "ต้องปรับปรุง", []],
    [70, all(70), "ต้องปรับปรุง", []],
    [69.99, all(69.99), "ต้องปรับปรุงโดยด่วน", []],
    [0, all(0), "ต้องปรับปรุงโดยด่วน", []],
    [86.73, { IIT: 75.4, EIT: 80.35, OIT: 100 }, "ผ่าน", ["IIT", "EIT"]],
    [94.5, { IIT: 93.96, EIT: 96.52, OIT: 93.37 }, "ผ่านดี", []],
  ])("2568: %d with %j is %s, held by %j", (total, tools, label, heldBy) => {
    const level = levelFor(frameworkFor(2568), total, tools);
    expect([level.band?.label.th, level.heldBy]).toEqual([label, heldBy]);
  });
  it("does not count a tool without a score", () => {
    const level = levelFor(frameworkFor(2567), 90, { IIT: null, EIT: 90, OIT: 90 });
    expect([level.band?.label.th, level.heldBy]).toEqual(["ผ่านดี", []]);
  });
  it("has no tool condition up to 2566", () => {
    const level = levelFor(frameworkFor(2566), 96, { IIT: 60, EIT: 99, OIT: 99 });
    expect([level.band?.label.th, level.heldBy]).toEqual(["AA", []]);
  });
});
