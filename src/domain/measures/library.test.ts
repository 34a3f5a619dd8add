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
  it("has item measures for bribery (i3, e3), procurement favour (i6), assets and o12–o15", () => {
    const items = MEASURES.flatMap((m) => m.items ?? []);
    expect(items).toEqual(
      expect.arrayContaining(["i3", "i6", "i10", "e3", "o12", "o13", "o14", "o15"]),
    );
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

describe("measure wording", () => {
  it("never starts a text with รักษาการ…, which reads as acting in a post", () => {
    for (const m of MEASURES)
      for (const t of [m.title, ...m.steps]) expect(t.th.startsWith("รักษาการ")).toBe(false);
  });
  it("gives asset and procurement measures their own domain", () => {
    const domain = (id: string) => MEASURES.find((m) => m.id === id)?.domain;
    expect([domain("4A"), domain("4D"), domain("9D"), domain("9E"), domain("3C")]).toEqual([
      "assets",
      "assets",
      "procurement",
      "personnel",
      "personnel",
    ]);
  });
});
