import type { OpenDataPhrase, TopicPhrase } from "./types";

type Pair = [th: string, en: string];
const b = ([th, en]: Pair) => ({ th, en });

/**
 * Topics of the 2568 OIT items: related items are spoken of together (procurement o12–o13,
 * personnel o14–o15, …) [S: the seed's grouping and the 2568 sub-indicators].
 */
export const TOPICS_2568: Record<string, TopicPhrase> = {
  basic: {
    name: b(["พื้นฐานของหน่วยงาน", "the agency's basic information"]),
    why: b([
      "ข้อมูลบนเว็บไซต์ยังไม่เป็นปัจจุบันหรือขาดองค์ประกอบบางส่วน",
      "the website's data is out of date or missing parts",
    ]),
  },
  planning: {
    name: b(["แผนและผลการดำเนินงาน", "plans and performance"]),
    why: b([
      "แผนหรือรายงานที่เผยแพร่ยังไม่ครอบคลุมปีที่ประเมินหรือขาดรายงานความก้าวหน้า",
      "the published plans or reports do not cover the assessed year or lack progress reports",
    ]),
  },
  service: {
    name: b(["คู่มือและการให้บริการ", "manuals and services"]),
    why: b([
      "คู่มือ สถิติ หรือบริการออนไลน์ที่เผยแพร่ยังไม่ครบหรือไม่เป็นปัจจุบัน",
      "the published manuals, statistics or online services are incomplete or out of date",
    ]),
  },
  procurement: {
    name: b(["การจัดซื้อจัดจ้างหรือการจัดหาพัสดุ", "procurement"]),
    why: b([
      "ข้อมูลที่เผยแพร่ยังขาดองค์ประกอบที่เกณฑ์กำหนด เช่น ความก้าวหน้ารายเดือน หรือการวิเคราะห์ผลการจัดซื้อจัดจ้าง",
      "the published data lacks parts the criteria require, such as monthly progress or an analysis of the results",
    ]),
  },
  personnel: {
    name: b(["การบริหารและพัฒนาทรัพยากรบุคคล", "human-resources management and development"]),
    why: b([
      "แผนหรือรายงานที่เผยแพร่ยังขาดองค์ประกอบที่เกณฑ์กำหนด เช่น นโยบายการบริหารทรัพยากรบุคคล หรือผลการดำเนินการตามแผน",
      "the published plan or report lacks parts the criteria require, such as the HR policy or results against the plan",
    ]),
  },
  ethics: {
    name: b(["การส่งเสริมจริยธรรม", "ethics"]),
    why: b([
      "ยังไม่ได้เผยแพร่ผลการขับเคลื่อนจริยธรรมของหน่วยงาน",
      "the agency's work on ethics is not published",
    ]),
  },
  complaints: {
    name: b(["การจัดการเรื่องร้องเรียนการทุจริตและประพฤติมิชอบ", "complaints of corruption and misconduct"]),
    why: b([
      "แนวปฏิบัติ ช่องทาง หรือสถิติเรื่องร้องเรียนยังไม่ได้เผยแพร่ครบถ้วน",
      "the complaint procedure, channels or statistics are not all published",
    ]),
  },
  participation: {
    name: b(["การเปิดโอกาสให้เกิดการมีส่วนร่วม", "public participation"]),
    why: b([
      "ยังไม่ได้เผยแพร่ช่องทางหรือผลการมีส่วนร่วมของประชาชน",
      "the channels or results of public participation are not published",
    ]),
  },
  noGift: {
    name: b(["นโยบายไม่รับของขวัญและของกำนัล (No Gift Policy)", "the No Gift Policy"]),
    why: b([
      "ยังไม่ได้ประกาศเจตนารมณ์หรือรายงานการรับทรัพย์สินตามนโยบาย",
      "the policy is not declared or gifts received are not reported",
    ]),
  },
  risk: {
    name: b(["การประเมินและจัดการความเสี่ยงการทุจริต", "corruption risk assessment and management"]),
    why: b([
      "การประเมินความเสี่ยงหรือรายงานผลการจัดการความเสี่ยงยังไม่ครบตามองค์ประกอบ",
      "the risk assessment or the report on managing the risks is incomplete",
    ]),
  },
  prevention: {
    name: b(["แผนและผลการป้องกันการทุจริต", "the corruption prevention plan and its results"]),
    why: b([
      "แผนหรือรายงานผลการป้องกันการทุจริตยังไม่ครบตามองค์ประกอบ",
      "the prevention plan or its report is incomplete",
    ]),
  },
  integrity: {
    name: b(["มาตรการส่งเสริมคุณธรรมและความโปร่งใส", "integrity and transparency measures"]),
    why: b([
      "มาตรการหรือรายงานผลการส่งเสริมคุณธรรมยังไม่ครบตามองค์ประกอบ",
      "the measures or their report are incomplete",
    ]),
  },
};

type Row = [code: string, topic: keyof typeof TOPICS_2568 & string, name: Pair, fix: Pair];

/** The 2568 OIT items: a short name of what is published, and what to do when it is weak. */
const ROWS: Row[] = [
  [
    "o1",
    "basic",
    ["โครงสร้างและอำนาจหน้าที่", "the structure and powers"],
    [
      "เผยแพร่แผนผังโครงสร้างและอำนาจหน้าที่ที่เป็นปัจจุบัน",
      "publish the current organisation chart and powers",
    ],
  ],
  [
    "o2",
    "basic",
    ["ข้อมูลผู้บริหาร", "the executives"],
    [
      "เผยแพร่ข้อมูลผู้บริหารพร้อมตำแหน่งและช่องทางติดต่อ",
      "publish the executives with their posts and contacts",
    ],
  ],
  [
    "o3",
    "basic",
    ["ข้อมูลการติดต่อ", "contact information"],
    [
      "เผยแพร่ที่อยู่ หมายเลขโทรศัพท์ และช่องทางติดต่อของหน่วยงาน",
      "publish the agency's address, telephone and contacts",
    ],
  ],
  [
    "o4",
    "basic",
    ["ข่าวประชาสัมพันธ์", "news"],
    ["เผยแพร่ข่าวประชาสัมพันธ์ของปีปัจจุบันอย่างสม่ำเสมอ", "publish news of the current year regularly"],
  ],
  [
    "o5",
    "planning",
    ["แผนยุทธศาสตร์หรือแผนพัฒนาหน่วยงาน", "the strategic or development plan"],
    [
      "เผยแพร่แผนยุทธศาสตร์หรือแผนพัฒนาที่ครอบคลุมปีปัจจุบัน",
      "publish a strategic or development plan covering the current year",
    ],
  ],
  [
    "o6",
    "planning",
    ["แผนและความก้าวหน้าในการดำเนินงานและการใช้งบประมาณ", "the work and budget plan and its progress"],
    [
      "เผยแพร่แผนดำเนินงานและการใช้งบประมาณประจำปี พร้อมรายงานความก้าวหน้า",
      "publish the annual work and budget plan with its progress",
    ],
  ],
  [
    "o7",
    "planning",
    ["รายงานผลการดำเนินงานประจำปี", "the annual performance report"],
    ["เผยแพร่รายงานผลการดำเนินงานของปีที่ผ่านมา", "publish last year's performance report"],
  ],
  [
    "o8",
    "service",
    ["คู่มือหรือแนวทางการปฏิบัติงานของเจ้าหน้าที่", "the staff work manual"],
    ["เผยแพร่คู่มือหรือแนวทางการปฏิบัติงานของเจ้าหน้าที่", "publish the staff work manual"],
  ],
  [
    "o9",
    "service",
    ["คู่มือการขอรับบริการ", "the service guide"],
    ["เผยแพร่คู่มือการขอรับบริการสำหรับประชาชน", "publish the service guide for the public"],
  ],
  [
    "o10",
    "service",
    ["บริการออนไลน์ (E-Service)", "online services (E-Service)"],
    [
      "จัดให้มีบริการออนไลน์ (E-Service) ที่ใช้งานได้จริง",
      "provide an online service (E-Service) that works",
    ],
  ],
  [
    "o11",
    "service",
    ["สถิติการให้บริการ", "service statistics"],
    ["เผยแพร่สถิติการให้บริการของปีปัจจุบัน", "publish this year's service statistics"],
  ],
  [
    "o12",
    "procurement",
    ["รายการและความก้าวหน้าการจัดซื้อจัดจ้าง", "the list of procurement and its progress"],
    [
      "เผยแพร่รายการจัดซื้อจัดจ้างหรือการจัดหาพัสดุและความก้าวหน้าเป็นรายเดือน",
      "publish the list of procurement and its progress every month",
    ],
  ],
  [
    "o13",
    "procurement",
    ["รายงานผลการจัดซื้อจัดจ้างประจำปี", "the annual procurement report"],
    [
      "จัดทำรายงานผลการจัดซื้อจัดจ้างประจำปี พร้อมการวิเคราะห์ปัญหาและแนวทางปรับปรุง",
      "write the annual procurement report with an analysis of its problems and remedies",
    ],
  ],
  [
    "o14",
    "personnel",
    ["แผนการบริหารและพัฒนาทรัพยากรบุคคล", "the HR management and development plan"],
    [
      "จัดทำแผนการบริหารและพัฒนาทรัพยากรบุคคลให้มีองค์ประกอบครบตามเกณฑ์",
      "draw up the HR management and development plan with every required part",
    ],
  ],
  [
    "o15",
    "personnel",
    ["รายงานผลการบริหารและพัฒนาทรัพยากรบุคคลประจำปี", "the annual HR report"],
    [
      "รายงานผลการดำเนินการตามแผนการบริหารและพัฒนาทรัพยากรบุคคลประจำปี",
      "report each year on the HR plan's results",
    ],
  ],
  [
    "o16",
    "ethics",
    ["ประมวลจริยธรรมและการขับเคลื่อนจริยธรรม", "the code of ethics and its promotion"],
    [
      "เผยแพร่ประมวลจริยธรรมและผลการขับเคลื่อนจริยธรรม",
      "publish the code of ethics and what was done to promote it",
    ],
  ],
  [
    "o17",
    "complaints",
    ["แนวปฏิบัติการจัดการเรื่องร้องเรียน", "the complaint procedure"],
    [
      "เผยแพร่แนวปฏิบัติการจัดการเรื่องร้องเรียนการทุจริตและประพฤติมิชอบ",
      "publish the procedure for complaints of corruption and misconduct",
    ],
  ],
  [
    "o18",
    "complaints",
    ["ช่องทางแจ้งเรื่องร้องเรียน", "the complaint channels"],
    [
      "เปิดช่องทางแจ้งเรื่องร้องเรียนการทุจริตที่ใช้งานได้และคุ้มครองผู้ร้อง",
      "open complaint channels that work and protect complainants",
    ],
  ],
  [
    "o19",
    "complaints",
    ["สถิติเรื่องร้องเรียน", "complaint statistics"],
    [
      "เผยแพร่สถิติเรื่องร้องเรียนการทุจริตและผลการดำเนินการ",
      "publish complaint statistics and their outcomes",
    ],
  ],
  [
    "o20",
    "participation",
    ["การเปิดโอกาสให้เกิดการมีส่วนร่วม", "opportunities for participation"],
    [
      "เผยแพร่ช่องทางและผลการเปิดโอกาสให้ประชาชนมีส่วนร่วม",
      "publish the channels and results of public participation",
    ],
  ],
  [
    "o21",
    "noGift",
    ["ประกาศเจตนารมณ์นโยบาย No Gift Policy", "the No Gift Policy declaration"],
    [
      "ประกาศเจตนารมณ์นโยบาย No Gift Policy และจัดกิจกรรมสร้างวัฒนธรรมตามนโยบาย",
      "declare the No Gift Policy and hold activities that build its culture",
    ],
  ],
  [
    "o22",
    "noGift",
    ["รายงานการรับทรัพย์สินหรือประโยชน์อื่นใด", "the report of gifts received"],
    ["รายงานการรับทรัพย์สินหรือประโยชน์อื่นใดโดยธรรมจรรยา", "report gifts and benefits received by custom"],
  ],
  [
    "o23",
    "risk",
    ["การประเมินความเสี่ยงการให้หรือรับสินบน", "the bribery risk assessment"],
    [
      "ประเมินความเสี่ยงการให้หรือรับสินบนในภารกิจของหน่วยงาน",
      "assess the risk of bribery in the agency's work",
    ],
  ],
  [
    "o24",
    "risk",
    ["รายงานผลการจัดการความเสี่ยงการทุจริต", "the report on managing corruption risks"],
    [
      "รายงานผลการจัดการความเสี่ยงการทุจริตและประพฤติมิชอบ",
      "report on managing the risks of corruption and misconduct",
    ],
  ],
  [
    "o25",
    "prevention",
    ["แผนปฏิบัติการป้องกันการทุจริต", "the corruption prevention plan"],
    ["จัดทำแผนปฏิบัติการป้องกันการทุจริต", "draw up the corruption prevention plan"],
  ],
  [
    "o26",
    "prevention",
    ["รายงานผลการดำเนินการป้องกันการทุจริต", "the corruption prevention report"],
    ["รายงานผลการดำเนินการป้องกันการทุจริตประจำปี", "report each year on corruption prevention"],
  ],
  [
    "o27",
    "integrity",
    ["มาตรการส่งเสริมคุณธรรมและความโปร่งใส", "the integrity and transparency measures"],
    [
      "กำหนดมาตรการส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงาน",
      "set measures to promote integrity and transparency",
    ],
  ],
  [
    "o28",
    "integrity",
    ["รายงานผลการส่งเสริมคุณธรรมและความโปร่งใส", "the integrity and transparency report"],
    [
      "รายงานผลการดำเนินการตามมาตรการส่งเสริมคุณธรรมและความโปร่งใส",
      "report on the integrity and transparency measures",
    ],
  ],
];

/** Phrases of the 2568 OIT items, by code. */
export const OPEN_DATA_PHRASES_2568: Record<string, OpenDataPhrase> = Object.fromEntries(
  ROWS.map(([code, topic, name, fix]) => [code, { topic, name: b(name), fix: b(fix) }]),
);
