import type { Bilingual } from "../types";

/**
 * The assessment's own question texts of the survey items (IIT i1–i15, EIT e1–e9), as the 2568
 * questionnaires word them [S: seed 2568], with our English rendering. Never a short label: a
 * short label of a question asked in the negative ("การเบิกจ่ายเงินเป็นเท็จ") reads to a citizen
 * as an achievement.
 */
const SURVEY: [string, string, string][] = [
  [
    "i1",
    "การปฏิบัติงานหรือให้บริการของเจ้าหน้าที่ในหน่วยงานของท่าน เป็นไปตามขั้นตอนและระยะเวลา มากน้อยเพียงใด",
    "How far do the agency's staff work or serve by the set procedure and time frame?",
  ],
  [
    "i2",
    "เจ้าหน้าที่ในหน่วยงานของท่าน มีการเลือกปฏิบัติอย่างไม่เป็นธรรมต่อผู้ที่มาติดต่อหรือผู้รับบริการ มากน้อยเพียงใด",
    "How far do the agency's staff treat visitors or service users unfairly?",
  ],
  [
    "i3",
    "เจ้าหน้าที่ในหน่วยงานของท่าน มีการเรียกรับสินบนเพื่อแลกกับการปฏิบัติงานหรือการให้บริการหรือไม่",
    "Do the agency's staff ask for bribes in exchange for their work or service?",
  ],
  [
    "i4",
    "หน่วยงานของท่าน ใช้จ่ายงบประมาณเป็นไปตามวัตถุประสงค์ มากน้อยเพียงใด",
    "How far does the agency spend its budget for its intended purpose?",
  ],
  [
    "i5",
    "เจ้าหน้าที่ในหน่วยงานของท่าน มีการเบิกจ่ายเงินเป็นเท็จ เช่น ค่าทำงานล่วงเวลา ค่าวัสดุอุปกรณ์ หรือค่าเดินทาง ฯลฯ มากน้อยเพียงใด",
    "How far do the agency's staff make false claims for payment, such as overtime, materials or travel?",
  ],
  [
    "i6",
    "หน่วยงานของท่าน มีการใช้งบประมาณหรือการจัดซื้อจัดจ้างที่เอื้อประโยชน์ให้บุคคลใดบุคคลหนึ่ง มากน้อยเพียงใด",
    "How far does the agency use its budget or procurement to favour a particular person?",
  ],
  [
    "i7",
    "ท่านเคยถูกผู้บังคับบัญชาของท่าน สั่งให้ทำธุระส่วนตัวของผู้บังคับบัญชาหรือพวกพ้องบ่อยครั้ง มากน้อยเพียงใด",
    "How often have your superiors ordered you to run private errands for them or their associates?",
  ],
  [
    "i8",
    "ท่านเคยถูกผู้บังคับบัญชาของท่าน สั่งให้ทำในสิ่งที่เป็นการทุจริตหรือประพฤติมิชอบ บ่อยครั้งมากน้อยเพียงใด",
    "How often have your superiors ordered you to do something corrupt or improper?",
  ],
  [
    "i9",
    "การบริหารงานบุคคลในหน่วยงานของท่าน มีการให้หรือรับสินบน เพื่อแลกกับการบรรจุ แต่งตั้ง โยกย้าย หรือเลื่อนตำแหน่งหรือไม่",
    "Are bribes given or taken in the agency for appointments, transfers or promotions?",
  ],
  [
    "i10",
    "เจ้าหน้าที่ในหน่วยงานของท่าน มีการขอยืมหรือขอใช้ทรัพย์สินของหน่วยงานอย่างถูกต้องตามขั้นตอนหรือแนวปฏิบัติ มากน้อยเพียงใด",
    "How far do the agency's staff borrow or use its assets by the proper procedure?",
  ],
  [
    "i11",
    "เจ้าหน้าที่ในหน่วยงานของท่าน เคยนำทรัพย์สินของหน่วยงานไปใช้เพื่อประโยชน์ส่วนตัวบ่อยครั้ง มากน้อยเพียงใด",
    "How often have the agency's staff used its assets for private benefit?",
  ],
  [
    "i12",
    "การกำกับดูแลและตรวจสอบทรัพย์สินของหน่วยงาน สามารถป้องกันการนำทรัพย์สินของหน่วยงานไปใช้เพื่อประโยชน์ส่วนตัวได้ มากน้อยเพียงใด",
    "How far do the supervision and checks of the agency's assets prevent their private use?",
  ],
  [
    "i13",
    "ผู้บริหารสูงสุดของหน่วยงานของท่าน ให้ความสำคัญกับการแก้ไขปัญหาการทุจริต มากน้อยเพียงใด",
    "How much importance does the agency's head give to solving corruption?",
  ],
  [
    "i14",
    "ท่านคิดว่าการดำเนินการเพื่อป้องกันการทุจริตของหน่วยงานท่าน สามารถป้องกันการทุจริตได้ มากน้อยเพียงใด",
    "How far do you think the agency's anti-corruption work actually prevents corruption?",
  ],
  [
    "i15",
    "ท่านเชื่อมั่นในกระบวนการจัดการเรื่องร้องเรียนการทุจริตและประพฤติมิชอบภายในหน่วยงานของท่าน มากน้อยเพียงใด",
    "How far do you trust the agency's handling of complaints of corruption and misconduct?",
  ],
  [
    "e1",
    "เจ้าหน้าที่ปฏิบัติงานหรือให้บริการแก่ท่านเป็นไปตามขั้นตอนและระยะเวลา",
    "Staff worked or served you by the set procedure and time frame",
  ],
  ["e2", "เจ้าหน้าที่ปฏิบัติงานหรือให้บริการแก่ท่านและผู้อื่นอย่างเท่าเทียมกัน", "Staff served you and others equally"],
  [
    "e3",
    "ท่านเคยถูกเจ้าหน้าที่เรียกรับสินบนเพื่อแลกกับการปฏิบัติงานหรือให้บริการแก่ท่าน หรือไม่",
    "Have staff ever asked you for a bribe in exchange for their work or service?",
  ],
  [
    "e4",
    "หน่วยงานมีช่องทางการเผยแพร่ข้อมูลข่าวสารที่สามารถเข้าถึงได้ง่าย",
    "The agency's information channels are easy to reach",
  ],
  [
    "e5",
    "หน่วยงานมีการประชาสัมพันธ์ข้อมูลข่าวสารที่ประชาชนหรือผู้รับบริการควรได้รับทราบอย่างชัดเจน",
    "The agency clearly publicises what the public or service users should know",
  ],
  [
    "e6",
    "เจ้าหน้าที่สามารถสื่อสาร ตอบข้อซักถาม หรือให้คำอธิบายแก่ท่านได้อย่างชัดเจน",
    "Staff communicate, answer questions and explain clearly",
  ],
  [
    "e7",
    "หน่วยงานมีการเปิดโอกาสให้บุคคลภายนอกได้เข้าไปมีส่วนร่วมในการปรับปรุงพัฒนาการดำเนินงานของหน่วยงาน",
    "The agency lets outsiders take part in improving its work",
  ],
  [
    "e8",
    "หน่วยงานมีการปรับปรุงการดำเนินงานให้ตอบสนองต่อประชาชน",
    "The agency improves its work in answer to the public",
  ],
  [
    "e9",
    "หน่วยงานมีการพัฒนาการให้บริการผ่านช่องทางออนไลน์ให้สะดวก รวดเร็ว และมีประสิทธิภาพ",
    "The agency develops convenient, fast and effective online services",
  ],
];

/** OIT items of 2568 as the assessment names what must be published [S: seed 2568]. */
const OPEN_DATA_2568: [string, string, string][] = [
  ["o1", "โครงสร้างและอำนาจหน้าที่", "Structure and powers"],
  ["o2", "ข้อมูลผู้บริหาร", "Information on the executives"],
  ["o3", "ข้อมูลการติดต่อ", "Contact information"],
  ["o4", "ข่าวประชาสัมพันธ์", "News"],
  ["o5", "แผนยุทธศาสตร์หรือแผนพัฒนาหน่วยงาน", "Strategic or development plan"],
  [
    "o6",
    "แผนและความก้าวหน้าในการดำเนินงานและการใช้งบประมาณประจำปี",
    "Annual work and budget plan and its progress",
  ],
  ["o7", "รายงานผลการดำเนินงานประจำปี", "Annual performance report"],
  ["o8", "คู่มือหรือแนวทางการปฏิบัติงานของเจ้าหน้าที่", "Staff work manual or guideline"],
  [
    "o9",
    "คู่มือหรือแนวทางการขอรับบริการสำหรับผู้รับบริการหรือผู้มาติดต่อ",
    "Service guide for service users and visitors",
  ],
  ["o10", "E-Service", "E-Service"],
  ["o11", "ข้อมูลสถิติการให้บริการ", "Service statistics"],
  [
    "o12",
    "รายการการจัดซื้อจัดจ้างหรือการจัดหาพัสดุและความก้าวหน้าการจัดซื้อจัดจ้างหรือการจัดหาพัสดุประจำปี",
    "Annual list of procurement and its progress",
  ],
  ["o13", "รายงานผลการจัดซื้อจัดจ้างหรือการจัดหาพัสดุประจำปี", "Annual procurement report"],
  ["o14", "แผนการบริหารและพัฒนาทรัพยากรบุคคล", "Human-resources management and development plan"],
  [
    "o15",
    "รายงานผลการบริหารและพัฒนาทรัพยากรบุคคลประจำปี",
    "Annual human-resources management and development report",
  ],
  ["o16", "ประมวลจริยธรรมและการขับเคลื่อนจริยธรรม", "Code of ethics and its promotion"],
  [
    "o17",
    "แนวปฏิบัติการจัดการเรื่องร้องเรียนการทุจริตและประพฤติมิชอบ",
    "Procedure for complaints of corruption and misconduct",
  ],
  [
    "o18",
    "ช่องทางแจ้งเรื่องร้องเรียนการทุจริตและประพฤติมิชอบ",
    "Channels for complaints of corruption and misconduct",
  ],
  [
    "o19",
    "ข้อมูลสถิติเรื่องร้องเรียนการทุจริตและประพฤติมิชอบ",
    "Statistics of complaints of corruption and misconduct",
  ],
  ["o20", "การเปิดโอกาสให้เกิดการมีส่วนร่วม", "Opportunities for public participation"],
  [
    "o21",
    "ประกาศเจตนารมณ์และการสร้างวัฒนธรรมตามนโยบาย No Gift Policy จากการปฏิบัติหน้าที่",
    "No Gift Policy declaration and the culture it builds",
  ],
  [
    "o22",
    "รายงานการรับทรัพย์สินหรือประโยชน์อื่นใดโดยธรรมจรรยา",
    "Report of gifts or benefits received by custom",
  ],
  [
    "o23",
    "การประเมินความเสี่ยงที่อาจเกิดการให้หรือรับสินบนจากการดำเนินงานตามภารกิจของหน่วยงาน",
    "Assessment of the risk of bribery in the agency's work",
  ],
  [
    "o24",
    "รายงานผลการดำเนินการเพื่อจัดการความเสี่ยงการทุจริตและประพฤติมิชอบ",
    "Report on managing the risks of corruption and misconduct",
  ],
  ["o25", "แผนปฏิบัติการป้องกันการทุจริต", "Corruption prevention action plan"],
  ["o26", "รายงานผลการดำเนินการป้องกันการทุจริตประจำปี", "Annual report on corruption prevention"],
  [
    "o27",
    "มาตรการส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงาน",
    "Measures to promote integrity and transparency in the agency",
  ],
  [
    "o28",
    "รายงานผลการดำเนินการเพื่อส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงาน",
    "Report on promoting integrity and transparency in the agency",
  ],
];

const table = (rows: [string, string, string][]): Record<string, Bilingual> =>
  Object.fromEntries(rows.map(([code, th, en]) => [code, { th, en }]));

/** Survey questions: the same codes and wording in every year we know [S]. */
export const SURVEY_QUESTIONS: Record<string, Bilingual> = table(SURVEY);

/** OIT item names by year: their numbering changes every year [V], so only years we know. */
export const OPEN_DATA_QUESTIONS: Record<number, Record<string, Bilingual>> = {
  2568: table(OPEN_DATA_2568),
};

/**
 * The question text of an item in a year, or null when we do not know it for that year (an OIT
 * item of a year whose numbering we have not recorded).
 */
export function questionOf(code: string, year: number): Bilingual | null {
  return SURVEY_QUESTIONS[code] ?? OPEN_DATA_QUESTIONS[year]?.[code] ?? null;
}

/**
 * Question texts of the 2568 items, for the generated sheets when a workbook lists codes only.
 * A workbook's own wording wins over these.
 */
export const ITEM_NAMES: Record<string, Bilingual> = {
  ...SURVEY_QUESTIONS,
  ...OPEN_DATA_QUESTIONS[2568],
};
