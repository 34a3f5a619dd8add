import { classifyLabel, keyString } from "./classifyLabel";

describe("classifyLabel", () => {
  it.each([
    ["ตัวชี้วัดที่ 4 การใช้ทรัพย์สินของราชการ", "ind:4"],
    ["ตัวชี้วัดที่ ๑๐ การป้องกันการทุจริต", "ind:10"],
    ["ตัวชี้วัดที่ 2 การใช้ งบประมาณ", "ind:2"],
    ["4. การใช้ทรัพย์สินของราชการ", "ind:4"],
    ["การเปิดเผยข้อมูล", "ind:9"],
    ["Indicator 7", "ind:7"],
    ["7. Communication", "ind:7"],
    ["i10 เจ้าหน้าที่ในหน่วยงาน", "item:i10"],
    ["๐21 ประกาศเจตนารมณ์", "item:o21"],
    ["IIT", "tool:IIT"],
    ["คะแนน OIT", "tool:OIT"],
    ["ด้านผู้มีส่วนได้ส่วนเสียภายใน (IIT)", "tool:IIT"],
    ["คะแนนรวม ITA", "total"],
    ["คะแนนรวม", "total"],
    ["Total", "total"],
  ])("reads %j as %s", (label, key) => {
    const k = classifyLabel(label);
    expect(k && keyString(k)).toBe(key);
  });
  it.each([
    "ประเด็นการวิเคราะห์",
    "ด้านผู้มีส่วนได้ส่วนเสียภายนอก (EIT) (ส่วนที่ ๑)",
    "ตัวชี้วัดที่ 11 อื่น ๆ",
    "5. การใช้ทรัพย์สินของราชการ",
    "หมายเหตุ",
    "",
  ])("ignores %j", (label) => {
    expect(classifyLabel(label)).toBeNull();
  });
});
