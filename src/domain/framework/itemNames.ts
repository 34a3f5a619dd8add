import type { Bilingual } from "../types";

/** Short names of the survey items, for the generated sheets when a workbook lists codes only. */
const SURVEY: [string, number, string, string][] = [
  ["i1", 1, "การปฏิบัติงานเป็นไปตามขั้นตอนและระยะเวลา", "Work follows procedures and time frames"],
  ["i2", 1, "การเลือกปฏิบัติต่อผู้มาติดต่อ", "Unfair treatment of the public"],
  ["i3", 1, "การเรียกรับสินบนเพื่อแลกกับการให้บริการ", "Bribes in exchange for service"],
  ["i4", 2, "การใช้จ่ายงบประมาณตามวัตถุประสงค์", "Budget spent as intended"],
  ["i5", 2, "การเบิกจ่ายเงินเป็นเท็จ", "False claims for payment"],
  ["i6", 2, "การใช้งบประมาณที่เอื้อประโยชน์แก่บุคคลใด", "Spending that favours someone"],
  ["i7", 3, "การสั่งให้ทำธุระส่วนตัวของผู้บังคับบัญชา", "Superiors ordering private errands"],
  ["i8", 3, "การสั่งให้ทำสิ่งที่เป็นการทุจริต", "Superiors ordering wrongdoing"],
  ["i9", 3, "การให้หรือรับสินบนในการบริหารงานบุคคล", "Bribes in personnel decisions"],
  ["i10", 4, "การขอยืมทรัพย์สินของหน่วยงานตามขั้นตอน", "Borrowing the agency's assets by the rules"],
  ["i11", 4, "การนำทรัพย์สินของหน่วยงานไปใช้ส่วนตัว", "Private use of the agency's assets"],
  ["i12", 4, "การกำกับดูแลและตรวจสอบทรัพย์สิน", "Supervision and checks of assets"],
  ["i13", 5, "ผู้บริหารให้ความสำคัญกับการแก้ไขปัญหาการทุจริต", "Leadership's commitment against corruption"],
  ["i14", 5, "การป้องกันการทุจริตของหน่วยงานได้ผล", "Prevention measures that work"],
  ["i15", 5, "ความเชื่อมั่นในการจัดการเรื่องร้องเรียน", "Trust in complaint handling"],
  ["e1", 6, "การให้บริการตามขั้นตอนและระยะเวลา", "Service follows procedures and time frames"],
  ["e2", 6, "การให้บริการอย่างเท่าเทียมกัน", "Equal treatment of service users"],
  ["e3", 6, "การเรียกรับสินบนจากผู้รับบริการ", "Bribes asked of service users"],
  ["e4", 7, "ช่องทางเผยแพร่ข้อมูลเข้าถึงได้ง่าย", "Easy-to-reach information channels"],
  ["e5", 7, "การประชาสัมพันธ์ข้อมูลที่ประชาชนควรทราบ", "Clear public information"],
  ["e6", 7, "เจ้าหน้าที่ตอบข้อซักถามได้ชัดเจน", "Staff answer questions clearly"],
  ["e7", 8, "การเปิดโอกาสให้บุคคลภายนอกมีส่วนร่วม", "Public participation in improvement"],
  ["e8", 8, "การปรับปรุงการดำเนินงานให้ตอบสนองประชาชน", "Work improved for the public"],
  ["e9", 8, "การพัฒนาการให้บริการออนไลน์", "Online services developed"],
];

/** OIT items of 2568: o1–o20 → indicator 9, o21–o28 → indicator 10 [S: seed 2568]. */
const OPEN_DATA: [string, string, string][] = [
  ["o1", "โครงสร้างและอำนาจหน้าที่", "Structure and powers"],
  ["o2", "ข้อมูลผู้บริหาร", "Executives"],
  ["o3", "ข้อมูลการติดต่อ", "Contact information"],
  ["o4", "ข่าวประชาสัมพันธ์", "News"],
  ["o5", "แผนยุทธศาสตร์หรือแผนพัฒนาหน่วยงาน", "Strategic or development plan"],
  ["o6", "แผนและความก้าวหน้าในการดำเนินงานและการใช้งบประมาณ", "Work and budget plan and progress"],
  ["o7", "รายงานผลการดำเนินงานประจำปี", "Annual performance report"],
  ["o8", "คู่มือหรือแนวทางการปฏิบัติงานของเจ้าหน้าที่", "Staff work manual"],
  ["o9", "คู่มือหรือแนวทางการขอรับบริการ", "Service guide for the public"],
  ["o10", "E-Service", "E-Service"],
  ["o11", "ข้อมูลสถิติการให้บริการ", "Service statistics"],
  ["o12", "รายการและความก้าวหน้าการจัดซื้อจัดจ้างหรือการจัดหาพัสดุ", "Procurement list and progress"],
  ["o13", "รายงานผลการจัดซื้อจัดจ้างหรือการจัดหาพัสดุ", "Procurement report"],
  ["o14", "แผนการบริหารและพัฒนาทรัพยากรบุคคล", "HR management and development plan"],
  ["o15", "รายงานผลการบริหารและพัฒนาทรัพยากรบุคคล", "HR management and development report"],
  ["o16", "ประมวลจริยธรรมและการขับเคลื่อนจริยธรรม", "Code of ethics and its promotion"],
  ["o17", "แนวปฏิบัติการจัดการเรื่องร้องเรียนการทุจริต", "Corruption complaint procedure"],
  ["o18", "ช่องทางแจ้งเรื่องร้องเรียนการทุจริต", "Corruption complaint channels"],
  ["o19", "ข้อมูลสถิติเรื่องร้องเรียนการทุจริต", "Corruption complaint statistics"],
  ["o20", "การเปิดโอกาสให้เกิดการมีส่วนร่วม", "Public participation"],
  ["o21", "ประกาศเจตนารมณ์นโยบาย No Gift Policy", "No Gift Policy declaration"],
  ["o22", "รายงานการรับทรัพย์สินหรือประโยชน์อื่นใด", "Report of gifts received"],
  ["o23", "การประเมินความเสี่ยงการให้หรือรับสินบน", "Bribery risk assessment"],
  ["o24", "รายงานผลการจัดการความเสี่ยงการทุจริต", "Corruption risk management report"],
  ["o25", "แผนปฏิบัติการป้องกันการทุจริต", "Corruption prevention plan"],
  ["o26", "รายงานผลการดำเนินการป้องกันการทุจริต", "Corruption prevention report"],
  ["o27", "มาตรการส่งเสริมคุณธรรมและความโปร่งใส", "Integrity and transparency measures"],
  ["o28", "รายงานผลการส่งเสริมคุณธรรมและความโปร่งใส", "Integrity and transparency report"],
];

/**
 * Item names for the generated sheets (presentation only: the analysis needs codes and
 * indicators, in items2568.ts). A workbook's own wording wins over these.
 */
export const ITEM_NAMES: Record<string, Bilingual> = Object.fromEntries([
  ...SURVEY.map(([code, , th, en]) => [code, { th, en }] as const),
  ...OPEN_DATA.map(([code, th, en]) => [code, { th, en }] as const),
]);
