import {
  MAX_ROW_POINTS,
  breakPieces,
  estimateLines,
  heightFor,
  textHeight,
  newWrapMemo,
  textPoints,
  wrapLines,
  wrapParagraph,
} from "./rowHeight";
import { longReport } from "../../../test/fixtures/longReport";
import { mixedTable } from "../../../test/fixtures/layouts";
import { toGrids } from "../../../test/fixtures/toGrids";
import { generate } from "../generate";

describe("text width from the font's advance widths", () => {
  it("measures Thai and Latin letters in points", () => {
    expect(textPoints("ก", 16)).toBeCloseTo(9.28, 5); // 580 units of 1000 at 16 pt
    expect(textPoints("0", 16)).toBeCloseTo(8.704, 5); // 544 units
    expect(textPoints("ก", 16, true)).toBeCloseTo(9.408, 5); // bold 588 units
    expect(textPoints("ก", 8)).toBeCloseTo(4.64, 5);
  });

  it("gives Thai marks above and below the line no width", () => {
    expect(textPoints("กี่", 16)).toBeCloseTo(textPoints("ก", 16), 5);
    expect(textPoints("ที่", 16)).toBeCloseTo(textPoints("ท", 16), 5);
    // sara am is a spacing vowel
    expect(textPoints("ทำ", 16)).toBeGreaterThan(textPoints("ท", 16));
  });
});

describe("line breaks", () => {
  it("breaks after spaces and between Thai words, never inside a number or a code", () => {
    expect(breakPieces("ได้ 55.00 คะแนน (i10)")).toEqual(["ได้ ", "55.00 ", "คะแนน ", "(i10)"]);
    const pieces = breakPieces("การขอยืมทรัพย์สิน");
    expect(pieces.join("")).toBe("การขอยืมทรัพย์สิน");
    expect(pieces.length).toBeGreaterThan(1);
  });

  it("keeps each explicit line and wraps long ones", () => {
    expect(wrapLines("ก\nข\nค", 100)).toEqual(["ก", "ข", "ค"]);
    // 10 × "ก " at 14.46 pt each: 6 fit in 90 pt (the last space hangs), so 2 lines
    expect(wrapLines("ก ".repeat(10).trim(), 90)).toHaveLength(2);
    expect(wrapLines("ก ".repeat(10).trim(), 90)[0]).toBe("ก ก ก ก ก ก ");
  });

  it("breaks a word wider than the line between characters", () => {
    // "x" is 478 units, 7.648 pt at 16 pt: 6 fit in 50 pt, so 40 take 7 lines, the last of 4
    const lines = wrapLines("x".repeat(40), 50);
    expect(lines.map((l) => l.length)).toEqual([6, 6, 6, 6, 6, 6, 4]);
  });
});

describe("lines of real texts as LibreOffice draws them (checked by scripts/checkRowHeights.ts)", () => {
  // Texts of the sample's sheets, TH Sarabun 16 (Laksaman), and the lines LibreOffice drew.
  const cases: [string, number, number][] = [
    [
      "สรุปผลการประเมินคุณธรรมและความโปร่งใสในการดำเนินงานของหน่วยงานภาครัฐ (ITA) ประจำปีงบประมาณ พ.ศ. 2568",
      40,
      4,
    ],
    ["ผลการตรวจสอบการคำนวณในตารางคะแนนเดิม", 40, 2],
    [
      "ตัวชี้วัดที่ 9 การเปิดเผยข้อมูล 86.75 ไม่เท่ากับค่าเฉลี่ยของข้อ o ในตาราง 90.00: คะแนน OIT คิดผ่านตัวชี้วัดย่อยซึ่งไม่มีในตาราง จึงเป็นเพียงข้อสังเกต",
      40,
      5,
    ],
    ["คะแนน EIT 96.52 ต่างจากค่าที่คำนวณได้ 96.53 ไม่เกิน 0.01 (การปัดเศษ ไม่ใช่ข้อผิดพลาด)", 40, 3],
    ["o12 รายการและความก้าวหน้าการจัดซื้อจัดจ้างหรือการจัดหาพัสดุ", 40, 3],
    ["i13 ผู้บริหารให้ความสำคัญกับการแก้ไขปัญหาการทุจริต", 40, 2],
    ["e9 การพัฒนาการให้บริการออนไลน์", 40, 2],
    [
      "i1 การปฏิบัติงานหรือให้บริการของเจ้าหน้าที่ในหน่วยงานของท่าน เป็นไปตามขั้นตอนและระยะเวลา มากน้อยเพียงใด",
      40,
      4,
    ],
    [
      "i5 เจ้าหน้าที่ในหน่วยงานของท่าน มีการเบิกจ่ายเงินเป็นเท็จ เช่น ค่าทำงานล่วงเวลา ค่าวัสดุอุปกรณ์ หรือค่าเดินทาง ฯลฯ มากน้อยเพียงใด",
      40,
      5,
    ],
  ];
  it.each(cases)("%s in %d units: %d lines", (text, width, lines) => {
    expect(estimateLines(text, width)).toBe(lines);
  });

  it("fits a short label on one line", () => {
    expect(estimateLines("e9 การพัฒนาการให้บริการออนไลน์", 62)).toBe(1);
  });
});

describe("row heights", () => {
  it("is the lines times the font's line height plus the cell's padding", () => {
    expect(heightFor(1, 16)).toBe(27.75); // 26.512 + 1, to the whole pixel (0.75 pt) above
    expect(heightFor(3, 16)).toBe(81); // 79.536 + 1
    expect(heightFor(1, 18)).toBe(31.5); // 29.826 + 1
  });

  it("never exceeds Excel's 409 pt", () => {
    expect(heightFor(40, 16)).toBe(MAX_ROW_POINTS);
    expect(textHeight("ก\n".repeat(30), 20)).toBe(409);
  });

  it("is taller for text that wraps", () => {
    const text = "ข้อที่ต้องแก้ไขปรับปรุง คือ การขอยืมทรัพย์สินของหน่วยงานตามขั้นตอน ".repeat(3);
    expect(textHeight(text, 20)).toBeGreaterThan(textHeight(text, 62));
  });
});

describe("the fast wrap gives the reference's lines (every break piece measured in order)", () => {
  const reference = (text: string, points: number, size = 16, bold = false) =>
    text.split("\n").flatMap((p) => wrapParagraph(p, points, size, bold));

  /** Every text of the report's sheets for the sample and the long report, in Thai and English. */
  const texts = (() => {
    const out = new Set<string>();
    for (const layout of [mixedTable(), longReport()]) {
      for (const lang of ["th", "en"] as const) {
        const result = generate(toGrids(layout), { lang, newMarkId: () => "0123456789abcdef" });
        if (!result.ok) throw new Error("the fixture did not analyse");
        for (const sheet of result.spec.sheets)
          for (const row of sheet.rows)
            for (const cell of row) if (typeof cell?.v === "string") out.add(cell.v);
      }
    }
    return [...out];
  })();

  it("on every text of the sample and the long report, in widths from 4 to 120 units", () => {
    expect(texts.length).toBeGreaterThan(300);
    const memo = newWrapMemo();
    let compared = 0;
    for (const text of texts) {
      for (const units of [4, 9, 15, 22, 30, 40, 52, 62, 80, 120]) {
        const points = Math.max(1, units * 7.35 - 4) * 0.75;
        for (const [size, bold] of [
          [16, false],
          [14, true],
        ] as const) {
          expect(wrapLines(text, points, size, bold, memo)).toEqual(
            reference(text, points, size, bold),
          );
          compared++;
        }
      }
    }
    expect(compared).toBe(texts.length * 20);
  });

  it("on random mixes of Thai words, Latin, digits, marks and spaces", () => {
    const words = texts.join(" ").split(/\s+/);
    const odd = [
      ..."ัิ่้์ๆฯ฿๑๒",
      " ",
      "  ",
      "\u00a0",
      "\t",
      "(",
      ")",
      ".",
      ",",
      "-",
      ":",
      "a",
      "Z",
      "9",
      "%",
      "–",
      "“",
    ];
    let seed = 7;
    const next = () => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
    const pick = <T>(list: T[]): T => list[Math.floor(next() * list.length)] as T;
    for (let k = 0; k < 3000; k++) {
      let text = "";
      const parts = Math.floor(next() * 40);
      for (let i = 0; i < parts; i++) {
        if (next() < 0.4) text += pick(words).slice(0, 1 + Math.floor(next() * 25));
        else text += pick(odd);
      }
      const points = 4 + next() * 300;
      const bold = next() < 0.3;
      expect([text, wrapLines(text, points, 16, bold)]).toEqual([
        text,
        reference(text, points, 16, bold),
      ]);
    }
  });

  it("a line's width that equals the text's to the last digit is decided piece by piece", () => {
    const text = "ก ก ก ก ก ก ก";
    const exact = textPoints("ก ก ก ", 16) + textPoints("ก", 16);
    expect(wrapLines(text, exact)).toEqual(reference(text, exact));
    expect(wrapLines(text, exact)).toEqual(["ก ก ก ก ", "ก ก ก"]);
  });
});
