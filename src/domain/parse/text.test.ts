import { arabicDigits, findYear, readItemCode, readNumberText, thaiDigits } from "./text";

describe("readNumberText", () => {
  it.each([
    ["94.50", 94.5],
    [" ๙๔.๕๐ ", 94.5],
    ["81.88 %", 81.88],
    ["- 11.76", -11.76],
    ["+3.23", 3.23],
    ["1,000.5", 1000.5],
    ["๑๐๐", 100],
  ])("reads %j as %d", (text, value) => {
    expect(readNumberText(text)).toEqual({ kind: "number", value });
  });
  it.each(["", " ", "-", "–", "n/a", "ไม่มี"])("reads %j as no value", (text) => {
    expect(readNumberText(text)).toEqual({ kind: "empty" });
  });
  it.each(["ดีมาก", "94.5.1", "12a", "#REF!"])("rejects %j", (text) => {
    expect(readNumberText(text)).toEqual({ kind: "invalid", text });
  });
});

describe("findYear", () => {
  it.each([
    ["คะแนน 2567", 2567],
    ["ปี ๒๕๖๘", 2568],
    ["2024", 2567],
    ["Score 2025", 2568],
    ["พ.ศ.2568", 2568],
    ["FY2025", 2568],
  ])("finds %j → %d", (text, year) => {
    expect(findYear(text)).toBe(year);
  });
  it.each(["คะแนน", "94.50", "1999", "12568"])("finds none in %j", (text) => {
    expect(findYear(text)).toBeNull();
  });
});

describe("readItemCode", () => {
  it.each([
    ["i10 เจ้าหน้าที่ในหน่วยงานของท่าน", "i10"],
    ["ข้อ i1 การปฏิบัติงาน", "i1"],
    ["I15ท่านเชื่อมั่น", "i15"],
    ["e3ท่านเคยถูก", "e3"],
    ["O12 รายการการจัดซื้อ", "o12"],
    ["๐17 แนวปฏิบัติ", "o17"],
    ["o๒๑ ประกาศเจตนารมณ์", "o21"],
    ["E 4", "e4"],
  ])("reads %j as %s", (label, code) => {
    expect(readItemCode(label)).toBe(code);
  });
  it.each(["ตัวชี้วัดที่ 1", "IIT", "ITA 2568", "e-service", "o0", "i100 ข้อ"])(
    "finds no code in %j",
    (label) => {
      expect(readItemCode(label)).toBeNull();
    },
  );
});

describe("digits", () => {
  it("converts both ways", () => {
    expect(arabicDigits("๒๕๖๘")).toBe("2568");
    expect(thaiDigits("2568")).toBe("๒๕๖๘");
  });
});
