import { validateSettings } from "./settings";

describe("validateSettings", () => {
  it("keeps valid options as they are (CE years read as BE)", () => {
    expect(
      validateSettings({
        year: 2025,
        previousYear: null,
        lang: "en",
        responsible: " กองคลัง ",
        indicatorFloor: 85,
        itemFloors: { IIT: 80, OIT: 75.5 },
      }),
    ).toEqual({
      settings: {
        year: 2568,
        previousYear: null,
        lang: "en",
        responsible: "กองคลัง",
        indicatorFloor: 85,
        itemFloors: { IIT: 80, OIT: 75.5 },
      },
      notes: [],
    });
  });

  it("ignores each invalid value with a note, and never throws", () => {
    const { settings, notes } = validateSettings({
      year: "=cmd|' /C calc'!A0",
      lang: "fr",
      responsible: { toString: "x" },
      indicatorFloor: 1e9,
      itemFloors: { IIT: -1, XYZ: 50, EIT: 90 },
      extra: true,
    });
    expect(settings).toEqual({ itemFloors: { EIT: 90 } });
    expect(notes.map((n) => n.en)).toEqual([
      'The saved option "year" in the workbook is ignored: it must be a year such as 2568',
      'The saved option "lang" in the workbook is ignored: it must be "th" or "en"',
      'The saved option "responsible" in the workbook is ignored: it must be a text of at most 200 characters',
      'The saved option "indicatorFloor" in the workbook is ignored: it must be a score from 0 to 100',
      'The saved option "itemFloors.IIT" in the workbook is ignored: it must be a score from 0 to 100 for IIT, EIT or OIT',
      'The saved option "itemFloors.XYZ" in the workbook is ignored: it must be a score from 0 to 100 for IIT, EIT or OIT',
      'The saved option "extra" in the workbook is ignored: it is not an option we know',
    ]);
    expect(notes[0]!.th).toBe('ไม่ใช้ค่าที่บันทึกไว้ "year" ในสมุดงาน: ต้องเป็นปี พ.ศ. เช่น 2568');
  });

  it("takes anything at all", () => {
    for (const raw of [null, undefined, 42, "x", [], [1], () => 1]) {
      expect(() => validateSettings(raw)).not.toThrow();
      expect(validateSettings(raw).settings).toEqual({});
    }
    expect(validateSettings("x").notes).toHaveLength(1);
    expect(validateSettings({ responsible: "x".repeat(201) }).settings).toEqual({});
  });

  it("keeps the agency's kind, English name, the memo's date and digits, and notes bad ones", () => {
    expect(
      validateSettings({
        kind: "province",
        unitEn: " Chanthaburi ",
        date: "2025-11-24",
        digits: "thai",
      }),
    ).toEqual({
      settings: { kind: "province", unitEn: "Chanthaburi", date: "2025-11-24", digits: "thai" },
      notes: [],
    });
    const bad = validateSettings({ kind: "toString", date: "2568-02-30", digits: 1 });
    expect(bad.settings).toEqual({});
    expect(bad.notes.map((n) => n.en)).toEqual([
      expect.stringMatching(
        /^The saved option "kind" in the workbook is ignored: it must be a kind of agency we know \(cityMunicipality, /,
      ),
      'The saved option "date" in the workbook is ignored: it must be a date YYYY-MM-DD such as 2568-11-24',
      'The saved option "digits" in the workbook is ignored: it must be "thai" or "arabic"',
    ]);
  });
});
