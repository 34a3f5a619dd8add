import { bandFor, frameworkFor } from "./frameworkFor";

describe("frameworkFor", () => {
  it("has the ten indicators in every year 2563–2569, weights adding to 1", () => {
    for (let y = 2563; y <= 2569; y++) {
      const f = frameworkFor(y);
      expect(f.indicators.map((i) => i.number)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);
      expect(f.tools.reduce((s, t) => s + Number(t.weight), 0)).toBeCloseTo(1, 10);
      expect(f.passMark).toBe(85);
    }
  });
  it("knows the 2568 items: o20 in indicator 9, o21 in 10", () => {
    const items = frameworkFor(2568).items;
    expect(items).toHaveLength(52);
    expect(items.find((i) => i.code === "o20")?.indicator).toBe(9);
    expect(items.find((i) => i.code === "o21")?.indicator).toBe(10);
  });
  it("takes the nearest year for a year it does not know", () => {
    expect(frameworkFor(2571).year).toBe(2571);
    expect(frameworkFor(2571).bands[0]?.label.th).toBe("ผ่านดีเยี่ยม");
  });
});

describe("bandFor", () => {
  it.each([
    [2568, 98.82, "ผ่านดีเยี่ยม"],
    [2568, 95, "ผ่านดีเยี่ยม"],
    [2568, 94.99, "ผ่านดี"],
    [2568, 94.5, "ผ่านดี"],
    [2568, 85, "ผ่านดี"],
    [2568, 84.99, "ไม่ผ่าน"],
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
