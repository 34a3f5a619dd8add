import type { TopicPhrase } from "./types";

type Pair = [th: string, en: string];
const b = ([th, en]: Pair) => ({ th, en });

/**
 * A likely cause when some of a topic's OIT items are published but incomplete (after
 * "ซึ่งอาจเกิดจาก" / "possibly because"). An item scored 0 was not published or not accepted:
 * its cause is `NOT_PUBLISHED_WHY`, whatever its topic.
 */
const ROWS: [topic: string, why: Pair][] = [
  [
    "basic",
    [
      "ข้อมูลบนเว็บไซต์ยังไม่เป็นปัจจุบันหรือขาดองค์ประกอบบางส่วน",
      "the website's data is out of date or missing parts",
    ],
  ],
  [
    "planning",
    [
      "แผนหรือรายงานที่เผยแพร่ยังไม่ครอบคลุมปีที่ประเมินหรือขาดรายงานความก้าวหน้า",
      "the published plans or reports do not cover the assessed year or lack progress reports",
    ],
  ],
  [
    "services",
    [
      "คู่มือหรือสถิติการให้บริการที่เผยแพร่ยังไม่ครบหรือไม่เป็นปัจจุบัน",
      "the published manuals or service statistics are incomplete or out of date",
    ],
  ],
  [
    "eService",
    [
      "ระบบบริการออนไลน์ยังใช้งานไม่ได้จริงหรือยังไม่ครอบคลุมงานบริการหลัก",
      "the online service does not really work or does not cover the main services",
    ],
  ],
  [
    "procurement",
    [
      "ข้อมูลที่เผยแพร่ยังขาดองค์ประกอบที่เกณฑ์กำหนด เช่น ความก้าวหน้ารายเดือน หรือการวิเคราะห์ผลการจัดซื้อจัดจ้าง",
      "the published data lacks parts the criteria require, such as monthly progress or an analysis of the results",
    ],
  ],
  [
    "personnel",
    [
      "แผนหรือรายงานที่เผยแพร่ยังขาดองค์ประกอบที่เกณฑ์กำหนด เช่น นโยบายการบริหารทรัพยากรบุคคล หรือผลการดำเนินการตามแผน",
      "the published plan or report lacks parts the criteria require, such as the HR policy or results against the plan",
    ],
  ],
  [
    "ethics",
    ["ยังไม่ได้เผยแพร่ผลการขับเคลื่อนจริยธรรมของหน่วยงาน", "the agency's work on ethics is not published"],
  ],
  [
    "complaints",
    [
      "แนวปฏิบัติ ช่องทาง หรือสถิติเรื่องร้องเรียนยังไม่ได้เผยแพร่ครบถ้วน",
      "the complaint procedure, channels or statistics are not all published",
    ],
  ],
  [
    "participation",
    [
      "ยังไม่ได้เผยแพร่ช่องทางหรือผลการมีส่วนร่วมของ{people}",
      "the channels or results of the participation of {people} are not published",
    ],
  ],
  [
    "noGift",
    [
      "ยังไม่ได้ประกาศเจตนารมณ์หรือรายงานการรับทรัพย์สินตามนโยบาย",
      "the policy is not declared or gifts received are not reported",
    ],
  ],
  [
    "risk",
    [
      "การประเมินความเสี่ยงหรือรายงานผลการจัดการความเสี่ยงยังไม่ครบตามองค์ประกอบ",
      "the risk assessment or the report on managing the risks is incomplete",
    ],
  ],
  [
    "prevention",
    [
      "แผนหรือรายงานผลการป้องกันการทุจริตยังไม่ครบตามองค์ประกอบ",
      "the prevention plan or its report is incomplete",
    ],
  ],
  [
    "integrity",
    [
      "มาตรการหรือรายงานผลการส่งเสริมคุณธรรมยังไม่ครบตามองค์ประกอบ",
      "the measures or their report are incomplete",
    ],
  ],
  [
    "itaResults",
    [
      "การวิเคราะห์ผลการประเมินหรือแผนที่เผยแพร่ยังไม่ครอบคลุมทุกตัวชี้วัดหรือขาดรายละเอียดที่เกณฑ์กำหนด",
      "the published analysis or plan does not cover every indicator or lacks the details the criteria ask for",
    ],
  ],
];

/** Words of each OIT topic, by topic id (its name is the topic's own, framework/topics.ts). */
export const OPEN_DATA_PHRASES: Record<string, TopicPhrase> = Object.fromEntries(
  ROWS.map(([topic, why]) => [topic, { why: b(why) }]),
);

/** The likely cause of an OIT item scored 0: not published, or not accepted by the assessors. */
export const NOT_PUBLISHED_WHY = b([
  "ยังไม่ได้จัดทำหรือเผยแพร่ข้อมูลบนเว็บไซต์หลักภายในเวลาที่กำหนด หรือข้อมูลและ URL ที่ส่งไม่ตรงตามที่เกณฑ์กำหนด",
  "the data was not made or not put on the main website in time, or what was submitted (and its URL) did not meet the criteria",
]);
