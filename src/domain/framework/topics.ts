import type { MeasureDomain } from "../measures/types";
import type { Bilingual, ToolCode } from "../types";

/**
 * What an item asks about, whatever its number in a year: the OIT data to publish
 * (procurement, personnel, complaints, …) or the survey question's subject. Measures, causes,
 * steps and owners hang off topics (README.md beside this file); an item's number never selects
 * any of them.
 */
export interface Topic {
  id: string;
  /** The tool whose items may carry it. */
  tool: ToolCode;
  /** The owner area: it chooses the responsible unit by kind of agency (plan/responsible.ts). */
  domain: MeasureDomain;
  /** A noun phrase. OIT: after "ข้อมูล" / "data on". Survey: what the question is about. */
  name: Bilingual;
  /**
   * How the topic is found from an item's own text, Thai or English, once normalised (lower
   * case, one space, no space between Thai letters: `normaliseText`). Topics of a tool are
   * tried in the order of TOPICS and the first that matches wins, so a narrower topic comes
   * before a wider one (the HR plan before plans, the complaint statistics before service
   * statistics).
   */
  match: RegExp;
}

type Row = [id: string, domain: MeasureDomain, th: string, en: string, match: RegExp];

const rows = (tool: ToolCode, list: Row[]): Topic[] =>
  list.map(([id, domain, th, en, match]) => ({ id, tool, domain, name: { th, en }, match }));

/** OIT: the data an agency publishes on its main website. */
const OPEN_DATA: Row[] = [
  [
    "itaResults",
    "integrity",
    "การนำผลการประเมิน ITA ไปสู่การพัฒนาองค์กร",
    "the use of the ITA results for the agency's development",
    /\bita\b|การนำผลการประเมิน/,
  ],
  [
    "integrity",
    "integrity",
    "มาตรการส่งเสริมคุณธรรมและความโปร่งใส",
    "integrity and transparency measures",
    /ส่งเสริมคุณธรรม|คุณธรรมและความโปร่งใส|integrity and transparency|promot\w* integrity/,
  ],
  [
    "noGift",
    "integrity",
    "นโยบายไม่รับของขวัญและของกำนัล (No Gift Policy)",
    "the No Gift Policy",
    /no ?gift|ของขวัญ|รับทรัพย์สินหรือประโยชน์|\bgifts?\b/,
  ],
  [
    "risk",
    "integrity",
    "การประเมินและจัดการความเสี่ยงการทุจริต",
    "corruption risk assessment and management",
    /ความเสี่ยง|\brisks?\b/,
  ],
  [
    "prevention",
    "integrity",
    "แผนและผลการป้องกันการทุจริต",
    "the corruption prevention plan and its results",
    /ป้องกันการทุจริต|corruption prevention|prevent\w* corruption|anti-?corruption (action )?plan/,
  ],
  [
    "complaints",
    "complaints",
    "การจัดการเรื่องร้องเรียนการทุจริตและประพฤติมิชอบ",
    "complaints of corruption and misconduct",
    /ร้องเรียน|complain/,
  ],
  ["ethics", "integrity", "การส่งเสริมจริยธรรม", "ethics", /จริยธรรม|ethic/],
  [
    "participation",
    "participation",
    "การเปิดโอกาสให้เกิดการมีส่วนร่วม",
    "public participation",
    /มีส่วนร่วม|particip/,
  ],
  [
    "procurement",
    "procurement",
    "การจัดซื้อจัดจ้างหรือการจัดหาพัสดุ",
    "procurement",
    /จัดซื้อจัดจ้าง|จัดหาพัสดุ|procure/,
  ],
  [
    "personnel",
    "personnel",
    "การบริหารและพัฒนาทรัพยากรบุคคล",
    "human-resources management and development",
    /ทรัพยากรบุคคล|บริหารงานบุคคล|human.?resource|\bhr\b|personnel/,
  ],
  [
    "eService",
    "disclosure",
    "ระบบการให้บริการออนไลน์",
    "the online service system",
    /e-?service|ออนไลน์|online/,
  ],
  [
    "services",
    "disclosure",
    "คู่มือและการให้บริการ",
    "manuals and services",
    /คู่มือ|การให้บริการ|ขอรับบริการ|สถิติ|manual|service|statistic/,
  ],
  [
    "planning",
    "disclosure",
    "แผนและผลการดำเนินงาน",
    "plans and performance",
    /แผนยุทธศาสตร์|แผนพัฒนา|แผนการดำเนินงาน|แผนดำเนินงาน|งบประมาณ|ผลการดำเนินงาน|แผนและความก้าวหน้า|\bplans?\b|budget|performance/,
  ],
  [
    "basic",
    "disclosure",
    "พื้นฐานของหน่วยงาน",
    "the agency's basic information",
    /โครงสร้าง|อำนาจหน้าที่|หน้าที่และอำนาจ|ผู้บริหาร|ติดต่อ|ข่าว|กฎหมาย|ถามตอบ|structure|powers|executive|contact|news|\bq ?& ?a\b|\blaws?\b/,
  ],
];

/** IIT: what the agency's own staff are asked. */
const INTERNAL: Row[] = [
  [
    "personnelBribes",
    "personnel",
    "การบริหารงานบุคคลที่ไม่มีการให้หรือรับสินบน",
    "personnel decisions free of bribes",
    /บรรจุ|แต่งตั้ง|โยกย้าย|เลื่อนตำแหน่ง|appointment|promotion|transfer/,
  ],
  [
    "procurementFavour",
    "procurement",
    "การใช้งบประมาณและการจัดซื้อจัดจ้างที่ไม่เอื้อประโยชน์แก่ผู้ใด",
    "budget and procurement that favour no one",
    /เอื้อประโยชน์|จัดซื้อจัดจ้าง|procure|favour a/,
  ],
  [
    "falseClaims",
    "finance",
    "การเบิกจ่ายเงินตามความเป็นจริง",
    "truthful claims for payment",
    /เป็นเท็จ|เบิกจ่ายเงิน|false claim/,
  ],
  [
    "budgetPurpose",
    "finance",
    "การใช้จ่ายงบประมาณตามวัตถุประสงค์",
    "spending the budget for its purpose",
    /งบประมาณ|budget/,
  ],
  [
    "complaintTrust",
    "integrity",
    "ความเชื่อมั่นในการจัดการเรื่องร้องเรียนการทุจริตและประพฤติมิชอบ",
    "trust in the handling of corruption complaints",
    /ร้องเรียน|complain/,
  ],
  [
    "assetOversight",
    "assets",
    "การกำกับดูแลและตรวจสอบทรัพย์สินของหน่วยงาน",
    "the supervision and checks of the agency's assets",
    /กำกับดูแล|ตรวจสอบทรัพย์สิน|supervis/,
  ],
  [
    "assetBorrowing",
    "assets",
    "การขอยืมหรือขอใช้ทรัพย์สินของหน่วยงานตามขั้นตอน",
    "borrowing the agency's assets by the procedure",
    /ยืม|ขอใช้|borrow/,
  ],
  [
    "assetPrivateUse",
    "assets",
    "การไม่นำทรัพย์สินของหน่วยงานไปใช้เพื่อประโยชน์ส่วนตัว",
    "no private use of the agency's assets",
    /ทรัพย์สิน|asset|property/,
  ],
  [
    "headCommitment",
    "integrity",
    "การให้ความสำคัญของผู้บริหารสูงสุดกับการแก้ไขปัญหาการทุจริต",
    "the head's commitment to solving corruption",
    /ผู้บริหารสูงสุด|agency's head|head of the agency|chief executive/,
  ],
  [
    "preventionEffect",
    "integrity",
    "ผลของการดำเนินการเพื่อป้องกันการทุจริตของหน่วยงาน",
    "how far the agency's anti-corruption work prevents corruption",
    /ป้องกันการทุจริต|prevent/,
  ],
  [
    "privateErrands",
    "personnel",
    "การไม่สั่งให้ทำธุระส่วนตัวของผู้บังคับบัญชา",
    "superiors not ordering private errands",
    /ธุระส่วนตัว|errand/,
  ],
  [
    "improperOrders",
    "personnel",
    "การไม่สั่งให้ทำในสิ่งที่เป็นการทุจริตหรือประพฤติมิชอบ",
    "superiors not ordering anything corrupt or improper",
    /ผู้บังคับบัญชา.*(ทุจริต|มิชอบ)|improper/,
  ],
  [
    "staffBribes",
    "integrity",
    "การไม่เรียกรับสินบนเพื่อแลกกับการปฏิบัติงานหรือการให้บริการ",
    "no bribes for work or service",
    /สินบน|bribe/,
  ],
  [
    "staffFairness",
    "service",
    "การไม่เลือกปฏิบัติต่อผู้มาติดต่อหรือผู้รับบริการ",
    "fair treatment of visitors and service users",
    /เลือกปฏิบัติ|unfair/,
  ],
  [
    "staffProcedure",
    "service",
    "การปฏิบัติงานและการให้บริการตามขั้นตอนและระยะเวลา",
    "work and service by the set procedure and time frame",
    /ขั้นตอน|ระยะเวลา|procedure|time frame/,
  ],
];

/** EIT: what the people who used the agency are asked. */
const EXTERNAL: Row[] = [
  [
    "onlineService",
    "participation",
    "การให้บริการผ่านช่องทางออนไลน์",
    "online services",
    /ออนไลน์|online|e-?service/,
  ],
  [
    "serviceBribes",
    "integrity",
    "การไม่เรียกรับสินบนจากผู้รับบริการ",
    "no bribes asked of service users",
    /สินบน|bribe/,
  ],
  [
    "outsideParticipation",
    "participation",
    "การเปิดโอกาสให้บุคคลภายนอกมีส่วนร่วมในการปรับปรุงการดำเนินงาน",
    "outsiders' part in improving the agency's work",
    /มีส่วนร่วม|take part|particip/,
  ],
  [
    "responsiveness",
    "participation",
    "การปรับปรุงการดำเนินงานให้ตอบสนองต่อประชาชน",
    "improving the work in answer to the public",
    /ตอบสนอง|in answer to|respon/,
  ],
  [
    "answering",
    "communication",
    "การสื่อสาร ตอบข้อซักถาม และให้คำอธิบายของเจ้าหน้าที่",
    "staff communicating, answering and explaining",
    /ตอบข้อซักถาม|คำอธิบาย|สื่อสาร|answer|explain/,
  ],
  [
    "publicity",
    "communication",
    "การประชาสัมพันธ์ข้อมูลที่ประชาชนควรทราบอย่างชัดเจน",
    "clear publicity of what the public should know",
    /ประชาสัมพันธ์|publici/,
  ],
  [
    "infoChannels",
    "communication",
    "ช่องทางเผยแพร่ข้อมูลข่าวสารที่เข้าถึงได้ง่าย",
    "information channels that are easy to reach",
    /ช่องทาง|เผยแพร่|channel/,
  ],
  ["serviceEquality", "service", "การให้บริการอย่างเท่าเทียมกัน", "equal service", /เท่าเทียม|equal/],
  [
    "serviceProcedure",
    "service",
    "การให้บริการตามขั้นตอนและระยะเวลา",
    "service within the steps and time frames",
    /ขั้นตอน|ระยะเวลา|procedure|time frame/,
  ],
];

/** Every topic, by tool, in the order they are tried. */
export const TOPICS: readonly Topic[] = [
  ...rows("OIT", OPEN_DATA),
  ...rows("IIT", INTERNAL),
  ...rows("EIT", EXTERNAL),
];

/**
 * The value a year file gives an item no topic fits (README.md): the item then gets its
 * indicator's general measure and is named by its own text.
 */
export const NO_TOPIC = "none";

const BY_ID = new Map(TOPICS.map((t) => [t.id, t]));

/** The topic of an id, or undefined for an id we do not know. */
export function topicById(id: string | null | undefined): Topic | undefined {
  return id ? BY_ID.get(id) : undefined;
}

const THAI = "\u0e00-\u0e7f";
const BETWEEN_THAI = new RegExp(`(?<=[${THAI}])\\s+(?=[${THAI}])`, "g");

/**
 * An item's text as topics are matched against it: lower case, runs of space as one, and no
 * space between two Thai letters (staff tables break Thai words: "การใช้ งบประมาณ").
 *
 * @example normaliseText("การนำผลการประเมิน ITA ไปสู่  การพัฒนา") //=> "การนำผลการประเมิน ita ไปสู่การพัฒนา"
 */
export function normaliseText(text: string): string {
  return text.toLowerCase().replace(/\s+/g, " ").replace(BETWEEN_THAI, "").trim();
}

/**
 * The topic an item's own text speaks of, among the topics of its tool; null when none fits.
 *
 * @example findTopic("o11 สรุปผลการจัดซื้อจัดจ้างฯ รายเดือน", "OIT") //=> "procurement"
 */
export function findTopic(text: string, tool: ToolCode): string | null {
  const t = normaliseText(text);
  if (t === "") return null;
  return TOPICS.find((topic) => topic.tool === tool && topic.match.test(t))?.id ?? null;
}
