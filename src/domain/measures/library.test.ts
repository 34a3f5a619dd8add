import { MEASURES } from "./library";

describe("measure library", () => {
  it("has unique ids", () => {
    expect(new Set(MEASURES.map((m) => m.id)).size).toBe(MEASURES.length);
  });
  it("has an improve, a develop and a maintain measure for every indicator", () => {
    for (let n = 1; n <= 10; n++) {
      for (const flag of ["improve", "develop", "maintain"]) {
        expect(MEASURES.filter((m) => m.indicator === n && m.for === flag)).toHaveLength(1);
      }
    }
  });
  it("has item measures for i10 and o12–o15", () => {
    const items = MEASURES.flatMap((m) => m.items ?? []);
    expect(items).toEqual(expect.arrayContaining(["i10", "o12", "o13", "o14", "o15"]));
  });
  it("has every text in Thai and English", () => {
    for (const m of MEASURES) {
      for (const t of [m.title, ...m.steps]) {
        expect(t.th).toMatch(/[\u0e00-\u0e7f]/);
        expect(t.en).toMatch(/^[\x20-\x7e–]+$/);
      }
    }
  });
});
