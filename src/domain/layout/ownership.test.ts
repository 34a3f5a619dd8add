import type { Grid } from "../types";
import {
  a1Text,
  isMarkId,
  isProvablyOurs,
  markFormula,
  markValue,
  MARK_NAME,
  parseMark,
  randomMarkId,
  titleHash,
} from "./ownership";
import { ownershipFindings, resolveNames } from "./resolveNames";
import type { SheetSpec, WorkbookSpec } from "./spec";
import { withMarks } from "./buildWorkbookSpec";

const ID = "0123456789abcdef";
const TITLE = "สรุปผลการประเมิน ITA ปี 2568";

function grid(over: Partial<Grid>): Grid {
  return {
    name: "สรุปผล ITA 2568",
    top: 1,
    left: 1,
    values: [[TITLE, null]],
    tag: "ITAAnalyzer_summary_2568",
    mark: markValue(ID, TITLE),
    ...over,
  };
}

describe("titleHash", () => {
  it("is FNV-1a 32-bit over UTF-8, as published test vectors give", () => {
    expect(titleHash("")).toBe("811c9dc5");
    expect(titleHash("a")).toBe("e40c292c");
    expect(titleHash("foobar")).toBe("bf9cf968");
  });
  it("hashes the trimmed NFC text", () => {
    expect(titleHash("  foobar \n")).toBe("bf9cf968");
    // "é" as e + combining acute (NFD) and as one code point (NFC)
    expect(titleHash("caf\u0065\u0301")).toBe(titleHash("caf\u00e9"));
    expect(titleHash("caf\u00e9")).not.toBe(titleHash("cafe"));
  });
  it("hashes Thai text by its UTF-8 bytes", () => {
    // ก is U+0E01: bytes e0 b8 81
    let h = 0x811c9dc5;
    for (const b of [0xe0, 0xb8, 0x81]) h = Math.imul(h ^ b, 0x01000193) >>> 0;
    expect(titleHash("ก")).toBe(h.toString(16).padStart(8, "0"));
  });
});

describe("mark", () => {
  it("is the id and the title hash, written as a constant string formula", () => {
    expect(MARK_NAME).toBe("ITAAnalyzer_mark");
    expect(markValue(ID, "foobar")).toBe("0123456789abcdef:bf9cf968");
    expect(markFormula("0123456789abcdef:bf9cf968")).toBe('="0123456789abcdef:bf9cf968"');
  });
  it("parses with or without the = and quotes, and nothing else", () => {
    const want = { id: ID, titleHash: "bf9cf968" };
    expect(parseMark("0123456789abcdef:bf9cf968")).toEqual(want);
    expect(parseMark('="0123456789abcdef:bf9cf968"')).toEqual(want);
    expect(parseMark('"0123456789abcdef:bf9cf968"')).toEqual(want);
    expect(parseMark("0123456789ABCDEF:bf9cf968")).toBeNull();
    expect(parseMark("0123456789abcde:bf9cf968")).toBeNull();
    expect(parseMark("0123456789abcdef:bf9cf96")).toBeNull();
    expect(parseMark("'Sheet'!$A$1")).toBeNull();
    expect(parseMark(12)).toBeNull();
    expect(parseMark(null)).toBeNull();
  });
  it("random ids are 16 lowercase hex and differ", () => {
    const a = randomMarkId();
    const b = randomMarkId();
    expect(isMarkId(a)).toBe(true);
    expect(isMarkId(b)).toBe(true);
    expect(a).not.toBe(b);
    expect(isMarkId("xyz")).toBe(false);
  });
});

describe("isProvablyOurs", () => {
  it("holds for our tag, our mark and our title in A1", () => {
    expect(isProvablyOurs(grid({}))).toBe(true);
    expect(a1Text(grid({}))).toBe(TITLE);
  });
  it("fails when any part is missing or changed", () => {
    expect(isProvablyOurs(grid({ tag: null }))).toBe(false);
    expect(isProvablyOurs(grid({ tag: "MyName" }))).toBe(false);
    expect(isProvablyOurs(grid({ mark: null }))).toBe(false);
    expect(isProvablyOurs(grid({ mark: "not a mark" }))).toBe(false);
    expect(isProvablyOurs(grid({ values: [["งานของฉัน"]] }))).toBe(false);
    expect(isProvablyOurs(grid({ values: [[2568]] }))).toBe(false);
    expect(isProvablyOurs(grid({ values: [] }))).toBe(false);
    // A1 outside the grid's area
    expect(isProvablyOurs(grid({ top: 2 }))).toBe(false);
    // a mark copied from a sheet with another title
    expect(isProvablyOurs(grid({ mark: markValue(ID, "Another title") }))).toBe(false);
    // an empty title never proves anything
    expect(isProvablyOurs(grid({ values: [[""]], mark: markValue(ID, "") }))).toBe(false);
  });
  it("compares the trimmed title", () => {
    expect(isProvablyOurs(grid({ top: 1, left: 1, values: [[` ${TITLE} `]] }))).toBe(true);
  });
});

function spec(): WorkbookSpec {
  const base: Omit<SheetSpec, "mark"> = {
    kind: "summary",
    year: 2568,
    name: "สรุปผล ITA 2568",
    tag: "ITAAnalyzer_summary_2568",
    rows: [[{ v: TITLE }]],
    widths: [10],
    heights: {},
    merges: [],
    conditionalFormats: [],
    validations: [],
    print: {
      paper: "A4",
      orientation: "portrait",
      scale: 100,
      margins: { left: 0, right: 0, top: 0, bottom: 0, header: 0, footer: 0 },
      header: {},
      footer: {},
    },
    tabColor: "000000",
  };
  return { styles: {}, sheets: withMarks([base], () => "fedcba9876543210") };
}

describe("withMarks", () => {
  it("marks each sheet with a new id and the hash of its A1 title", () => {
    expect(spec().sheets[0]?.mark).toBe(`fedcba9876543210:${titleHash(TITLE)}`);
  });
});

describe("resolveNames", () => {
  it("replaces a provably-ours sheet, even renamed", () => {
    const p = resolveNames(spec(), [grid({ name: "ของเราที่เปลี่ยนชื่อ" })]);
    expect(p).toEqual([
      {
        index: 0,
        name: "ของเราที่เปลี่ยนชื่อ",
        replaces: "ของเราที่เปลี่ยนชื่อ",
        leftAlone: null,
        tableName: null,
      },
    ]);
    expect(ownershipFindings(p)).toEqual([]);
  });
  it("leaves a tagged sheet without our title alone and writes ours beside it", () => {
    const user = grid({ values: [["งานของฉัน"]] });
    const p = resolveNames(spec(), [user]);
    expect(p).toEqual([
      {
        index: 0,
        name: "สรุปผล ITA 2568 (2)",
        replaces: null,
        leftAlone: "สรุปผล ITA 2568",
        tableName: null,
      },
    ]);
    const [f] = ownershipFindings(p);
    expect(f?.cell).toBe("'สรุปผล ITA 2568'!A1");
    expect(f?.severity).toBe("warning");
    expect(f?.message.en).toContain('the new result is in sheet "สรุปผล ITA 2568 (2)"');
    expect(f?.message.th).toContain("ไม่แทนที่และไม่ลบ");
  });
  it("leaves alone a sheet merely named like ours, and one with a forged tag", () => {
    const named = grid({ tag: null, mark: null });
    expect(resolveNames(spec(), [named])[0]).toMatchObject({
      name: "สรุปผล ITA 2568 (2)",
      replaces: null,
      leftAlone: null,
    });
    const forged = grid({ mark: null });
    expect(resolveNames(spec(), [forged])[0]).toMatchObject({
      replaces: null,
      leftAlone: "สรุปผล ITA 2568",
    });
  });
  it("does not trust a mark id that two sheets carry (a copied sheet)", () => {
    const copy = grid({ name: "สำเนา", tag: null });
    expect(resolveNames(spec(), [grid({}), copy])[0]).toMatchObject({
      replaces: null,
      leftAlone: "สรุปผล ITA 2568",
    });
  });
});
