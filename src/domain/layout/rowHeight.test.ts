import {
  MAX_ROW_POINTS,
  breakPieces,
  estimateLines,
  heightFor,
  textHeight,
  textPoints,
  wrapLines,
} from "./rowHeight";

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
    expect(heightFor(1, 16)).toBe(30); // 26.512 + 3, to the whole pixel (0.75 pt) above
    expect(heightFor(3, 16)).toBe(83.25); // 79.536 + 3
    expect(heightFor(1, 18)).toBe(33); // 29.826 + 3
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
