import type { IndicatorPhrase } from "./types";

type Pair = [th: string, en: string];
const b = ([th, en]: Pair) => ({ th, en });

/**
 * Words for each indicator as a whole, for tables that give indicator scores without their
 * items. `weak` follows "ข้อบกพร่องที่ตรวจพบ คือ" / "Weakness found:", `strong` is a clause.
 */
const ROWS: [number, Pair, Pair, Pair, Pair][] = [
  [
    1,
    [
      "การปฏิบัติหน้าที่ของเจ้าหน้าที่ยังไม่เป็นไปตามขั้นตอน ระยะเวลา และความเป็นธรรมเท่าที่ควร",
      "staff do not always work by the procedure, on time and fairly",
    ],
    ["ขั้นตอนการปฏิบัติงานยังไม่ชัดเจนหรือไม่เป็นที่รับรู้", "the work procedures are unclear or not known"],
    [
      "ทบทวนขั้นตอนและระยะเวลาการปฏิบัติงาน และอบรมเจ้าหน้าที่ให้ถือปฏิบัติ",
      "review the work procedures and time frames and train staff to follow them",
    ],
    [
      "เจ้าหน้าที่ปฏิบัติหน้าที่ตามขั้นตอนและระยะเวลาอย่างเป็นธรรม",
      "staff work by the procedure, on time and fairly",
    ],
  ],
  [
    2,
    [
      "การใช้จ่ายงบประมาณยังไม่โปร่งใสหรือไม่ตรงตามวัตถุประสงค์เท่าที่บุคลากรคาดหวัง",
      "budget spending is not as transparent or purposeful as staff expect",
    ],
    [
      "แผนและผลการใช้จ่ายงบประมาณยังไม่เปิดเผยให้บุคลากรทราบ",
      "the spending plan and its results are not open to staff",
    ],
    [
      "กำกับการใช้จ่ายให้ตรงตามแผนและเปิดเผยผลการใช้จ่ายงบประมาณ",
      "keep spending to the plan and publish how the budget was spent",
    ],
    ["การใช้จ่ายงบประมาณเป็นไปตามวัตถุประสงค์อย่างโปร่งใส", "the budget is spent for its purpose, openly"],
  ],
  [
    3,
    [
      "การใช้อำนาจของผู้บังคับบัญชายังไม่เป็นธรรมในมุมมองของบุคลากร",
      "staff see superiors' use of authority as unfair",
    ],
    [
      "แนวปฏิบัติการมอบหมายงานและการบริหารงานบุคคลยังไม่ชัดเจน",
      "the rules for assigning work and personnel decisions are unclear",
    ],
    [
      "กำหนดแนวปฏิบัติการมอบหมายงานและการบริหารงานบุคคลที่เป็นธรรม",
      "set fair rules for assigning work and personnel decisions",
    ],
    [
      "ผู้บังคับบัญชาใช้อำนาจอย่างเป็นธรรม ไม่เอื้อประโยชน์แก่ผู้ใด",
      "superiors use their authority fairly, without favour",
    ],
  ],
  [
    4,
    [
      "การใช้ทรัพย์สินของราชการยังไม่เป็นไปตามขั้นตอนหรือแนวปฏิบัติ",
      "the agency's property is not used by the rules",
    ],
    [
      "ยังไม่มีแนวปฏิบัติการยืมและใช้ทรัพย์สินที่ชัดเจน",
      "there are no clear rules for borrowing and using property",
    ],
    [
      "จัดทำแนวปฏิบัติการยืมและใช้ทรัพย์สินของราชการ และกำกับการตรวจสอบ",
      "write rules for borrowing and using the agency's property, and supervise their checks",
    ],
    ["บุคลากรใช้ทรัพย์สินของราชการอย่างถูกต้องตามแนวปฏิบัติ", "staff use the agency's property correctly"],
  ],
  [
    5,
    [
      "บุคลากรยังไม่เชื่อมั่นในการแก้ไขปัญหาการทุจริตของหน่วยงานเท่าที่ควร",
      "staff do not fully trust the agency's work against corruption",
    ],
    [
      "การดำเนินการต่อต้านการทุจริตยังไม่เป็นที่รับรู้ของบุคลากร",
      "the agency's anti-corruption work is not known to staff",
    ],
    [
      "แสดงเจตจำนงต่อต้านการทุจริตของผู้บริหารและเผยแพร่ผลการจัดการเรื่องร้องเรียน",
      "have the executives declare against corruption and publish how complaints were handled",
    ],
    [
      "บุคลากรเชื่อมั่นในการแก้ไขปัญหาการทุจริตของหน่วยงาน",
      "staff trust the agency's work against corruption",
    ],
  ],
  [
    6,
    [
      "คุณภาพการให้บริการยังไม่เป็นไปตามที่ผู้รับบริการคาดหวัง",
      "service falls short of what service users expect",
    ],
    [
      "คู่มือและขั้นตอนการให้บริการยังไม่เป็นที่รับรู้ของผู้รับบริการ",
      "service users do not know the service guides and steps",
    ],
    [
      "ปรับปรุงคู่มือการให้บริการและเผยแพร่ให้ผู้รับบริการทราบ",
      "improve the service guides and make them known",
    ],
    [
      "หน่วยงานให้บริการอย่างมีคุณภาพ ตามขั้นตอน และเท่าเทียม",
      "the agency serves well, by its steps and equally",
    ],
  ],
  [
    7,
    [
      "การสื่อสารกับ{people}ยังไม่มีประสิทธิภาพเท่าที่ควร",
      "communication with {people} is not as effective as it should be",
    ],
    [
      "ช่องทางเผยแพร่ข้อมูลยังมีน้อยหรือเข้าถึงยาก",
      "there are few information channels, or they are hard to reach",
    ],
    [
      "เพิ่มช่องทางการสื่อสารและปรับข้อมูลให้เข้าใจง่าย",
      "add communication channels and make information easy to follow",
    ],
    [
      "หน่วยงานสื่อสารกับ{people}ได้ชัดเจนผ่านช่องทางที่หลากหลาย",
      "the agency communicates clearly through many channels",
    ],
  ],
  [
    8,
    [
      "การปรับปรุงระบบการทำงานยังไม่ตอบสนองต่อ{people}เท่าที่ควร",
      "the agency's work is not improved enough in answer to {people}",
    ],
    [
      "{people}ยังมีส่วนร่วมน้อยและบริการออนไลน์ยังไม่ครบ",
      "participation by {people} is low and online services are incomplete",
    ],
    [
      "เปิดโอกาสให้{people}มีส่วนร่วมและพัฒนาบริการออนไลน์",
      "open the work to the participation of {people} and develop online services",
    ],
    [
      "หน่วยงานปรับปรุงการทำงานโดยเปิดให้{people}มีส่วนร่วม",
      "the agency improves its work with the participation of {people}",
    ],
  ],
  [
    9,
    [
      "การเปิดเผยข้อมูลบนเว็บไซต์หลักยังไม่ครบตามเกณฑ์",
      "the main website does not publish all the data the criteria ask",
    ],
    [
      "ข้อมูลที่เผยแพร่ยังขาดองค์ประกอบหรือไม่เป็นปัจจุบัน",
      "the published data is missing parts or out of date",
    ],
    [
      "ทบทวนข้อมูลบนเว็บไซต์หลักให้ครบทุกข้อและองค์ประกอบตามเกณฑ์",
      "review the main website so that every item and its parts are there",
    ],
    ["หน่วยงานเปิดเผยข้อมูลสาธารณะครบถ้วนและเป็นปัจจุบัน", "the agency's open data is complete and current"],
  ],
  [
    10,
    [
      "การเปิดเผยข้อมูลการป้องกันการทุจริตยังไม่ครบตามเกณฑ์",
      "the data on corruption prevention is not all published",
    ],
    [
      "แผนหรือรายงานการป้องกันการทุจริตยังขาดองค์ประกอบ",
      "the prevention plans or reports are missing parts",
    ],
    [
      "จัดทำและเผยแพร่ข้อมูลการป้องกันการทุจริตให้ครบตามเกณฑ์",
      "prepare and publish every part of the corruption-prevention data",
    ],
    [
      "หน่วยงานเปิดเผยข้อมูลการป้องกันการทุจริตครบถ้วน",
      "the agency publishes all its corruption-prevention data",
    ],
  ],
];

/** Phrases of the ten indicators, by number. */
export const INDICATOR_PHRASES: Record<number, IndicatorPhrase> = Object.fromEntries(
  ROWS.map(([n, weak, why, fix, strong]) => [
    n,
    { weak: b(weak), why: b(why), fix: b(fix), strong: b(strong) },
  ]),
);
