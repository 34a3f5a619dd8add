import type { Grid, GridValue } from "../types";
import { findUnit, unitFromTitle } from "./findUnit";

const grid = (rows: GridValue[][], name = "ITA"): Grid => ({ name, top: 1, left: 1, values: rows });

describe("unitFromTitle", () => {
  it.each([
    ["องค์การบริหารส่วนตำบลบ้านใหม่ ปีงบประมาณ 2568", "องค์การบริหารส่วนตำบลบ้านใหม่"],
    ["กรมส่งเสริมการเกษตร ปีงบประมาณ พ.ศ. 2568", "กรมส่งเสริมการเกษตร"],
    ["ผลการประเมิน ITA มหาวิทยาลัยราชภัฏสงขลา ประจำปีงบประมาณ พ.ศ. ๒๕๖๘", "มหาวิทยาลัยราชภัฏสงขลา"],
    ["คะแนน ITA ของเทศบาลเมืองพัทลุง ปีงบประมาณ 2567", "เทศบาลเมืองพัทลุง"],
    ["เทศบาลตำบลคลองใหญ่ อำเภอตะโหมด จังหวัดพัทลุง ปีงบประมาณ 2568", "เทศบาลตำบลคลองใหญ่"],
    ["Khlong Yai Municipality fiscal year 2568", "Khlong Yai Municipality"],
  ])("finds the agency in %s", (title, name) => {
    expect(unitFromTitle(title)).toBe(name);
  });

  it.each([
    "ผลการประเมินคุณธรรมและความโปร่งใส (ITA) ประจำปีงบประมาณ พ.ศ. 2568",
    "ผลการประเมินคุณธรรมและความโปร่งใสในการดำเนินงานของหน่วยงานภาครัฐ ปีงบประมาณ 2568",
    "คะแนน ปีงบประมาณ 2568",
    "ตัวชี้วัดที่ 1 การปฏิบัติหน้าที่",
  ])("finds no agency in %s", (title) => {
    expect(unitFromTitle(title)).toBeNull();
  });
});

describe("findUnit", () => {
  it("reads a หน่วยงาน row, with the district and province beside the name", () => {
    expect(
      findUnit([grid([["หน่วยงาน", "เทศบาลตำบลคลองใหญ่", null, "อำเภอตะโหมด จังหวัดพัทลุง"]])]),
    ).toEqual({
      name: "เทศบาลตำบลคลองใหญ่",
      cell: "'ITA'!B1",
      place: "อำเภอตะโหมด จังหวัดพัทลุง",
    });
  });

  it("splits a name written with its place in one cell", () => {
    expect(findUnit([grid([["หน่วยงาน: เทศบาลตำบลคลองใหญ่ อำเภอตะโหมด จังหวัดพัทลุง"]])])).toEqual({
      name: "เทศบาลตำบลคลองใหญ่",
      cell: "'ITA'!A1",
      place: "อำเภอตะโหมด จังหวัดพัทลุง",
    });
  });

  it("reads a title '<agency> ปีงบประมาณ <year>' when no row is labelled หน่วยงาน", () => {
    expect(
      findUnit([
        grid([["ผลการประเมิน ITA กรมส่งเสริมการเกษตร ปีงบประมาณ พ.ศ. 2568"], ["ตัวชี้วัดที่ 1", 97]]),
      ]),
    ).toEqual({ name: "กรมส่งเสริมการเกษตร", cell: "'ITA'!A1", place: null });
  });

  it("prefers a หน่วยงาน row over a title, and a title over a local government named in passing", () => {
    const rows: GridValue[][] = [
      ["เทศบาลเมืองพัทลุง ปีงบประมาณ 2568"],
      ["หมายเหตุ: ข้อมูลจากองค์การบริหารส่วนจังหวัดพัทลุง"],
    ];
    expect(findUnit([grid(rows)])?.name).toBe("เทศบาลเมืองพัทลุง");
    expect(findUnit([grid([...rows, ["หน่วยงาน", "เทศบาลตำบลคลองใหญ่"]])])?.name).toBe(
      "เทศบาลตำบลคลองใหญ่",
    );
  });

  it("never reads our generated sheets", () => {
    expect(findUnit([{ ...grid([["หน่วยงาน", "เทศบาลตำบลอื่น"]]), generated: true }])).toBeNull();
  });
});
