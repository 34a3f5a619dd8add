import type { ToolCode } from "../types";
import { num, yearEn } from "./format";

/**
 * The words around the phrases, by situation, in Thai and English. The phrases themselves (what
 * each item asks) are in `phrases/`; README.md says how they fit together.
 */
export const WORDS = {
  th: {
    head: {
      found: "ข้อบกพร่องที่ตรวจพบ คือ",
      fix: "ข้อที่ต้องแก้ไขปรับปรุง คือ",
      keep: "ข้อที่ต้องรักษาระดับไว้ คือ",
    },
    none: "ไม่มี",
    end: "",
    respondents: (tool: ToolCode, many: boolean) =>
      `${tool === "EIT" ? "ผู้รับบริการ" : "บุคลากรภายใน"}${many ? "จำนวนมาก" : "บางส่วน"}มีความเห็นว่า`,
    openGap: (topics: number) =>
      `ยังเปิดเผยข้อมูลบนเว็บไซต์หลักไม่ครบตามองค์ประกอบที่กำหนด${topics > 1 ? `ใน ${topics} เรื่อง ได้แก่ ` : "ในเรื่อง"}`,
    openMissing: (topics: number) =>
      `ยังไม่ปรากฏข้อมูลบนเว็บไซต์หลักหรือข้อมูลไม่ผ่านการตรวจประเมิน${topics > 1 ? `ใน ${topics} เรื่อง ได้แก่ ` : "ในเรื่อง"}`,
    openMixed: (topics: number) =>
      `ยังเปิดเผยข้อมูลบนเว็บไซต์หลักไม่ครบหรือไม่ผ่านการตรวจประเมิน${topics > 1 ? `ใน ${topics} เรื่อง ได้แก่ ` : "ในเรื่อง"}`,
    itemFloor: (floor: number) => ` ซึ่งต่ำกว่าเกณฑ์รายข้อ ${floor} คะแนนที่หน่วยงานกำหนด`,
    indicatorUnder: (score: number, floor: number) =>
      ` ส่งผลให้คะแนนตัวชี้วัดอยู่ที่ ${num(score)} คะแนน ต่ำกว่าเกณฑ์ ${floor} คะแนน`,
    fellFrom: (delta: number, year: number) => ` และลดลง ${num(Math.abs(delta))} คะแนนจากปี ${year}`,
    underOnly: (weak: string, score: number, floor: number) =>
      `${weak} โดยคะแนนตัวชี้วัดอยู่ที่ ${num(score)} คะแนน ต่ำกว่าเกณฑ์ ${floor} คะแนน`,
    fell: (prev: number, score: number, delta: number, floor: number) =>
      `คะแนนตัวชี้วัดลดลงจาก ${num(prev)} เป็น ${num(score)} คะแนน (ลดลง ${num(Math.abs(delta))} คะแนน) แต่ยังไม่ต่ำกว่าเกณฑ์ ${floor} คะแนน`,
    // The items to strengthen are a sentence of their own after the fall.
    by: " ",
    // A high score that fell is lower, not failing: what it asks is named, not its opposite;
    // when every item of the indicator scored the same, none is "the lowest".
    keptButLower: (fell: boolean, n: number, names: string, floor: number, all = false) =>
      `${fell ? `ข้อที่ควรเสริมให้เข้มแข็งขึ้น คือ ข้อที่คะแนนลดลงจากปีก่อน ได้แก่ ${names} ซึ่ง` : all ? `ทุกข้อของตัวชี้วัดนี้ได้คะแนนเท่ากัน ได้แก่ ${names} ซึ่ง` : `ข้อที่ควรเสริมให้เข้มแข็งขึ้น คือ ${n > 1 ? "ข้อที่ได้คะแนนต่ำที่สุดเท่ากันในตัวชี้วัดนี้" : "ข้อที่ได้คะแนนต่ำที่สุดในตัวชี้วัดนี้"} ได้แก่ ${names} ซึ่ง`}ยังไม่ต่ำกว่าเกณฑ์รายข้อ ${floor} คะแนน${all ? " แต่ควรเสริมให้เข้มแข็งขึ้นทุกข้อ" : ""}`,
    noDefect: (year: number | null, items: boolean) =>
      `ไม่มี เนื่องจาก${items ? "ทุกข้อได้คะแนนไม่ต่ำกว่าเกณฑ์" : "คะแนนตัวชี้วัดไม่ต่ำกว่าเกณฑ์"}${year === null ? "" : ` และคะแนนตัวชี้วัดไม่ลดลงจากปี ${year}`}`,
    openFix: " ทั้งนี้ ให้ข้อมูลทุกรายการมีองค์ประกอบครบตามที่กำหนดและเผยแพร่บนเว็บไซต์หลักของหน่วยงาน",
    numbered: (parts: string[]) => parts.map((p, i) => `(${i + 1}) ${p}`).join(" "),
    // The change itself is in the table's column beside: the sentence says from what to what.
    gain: (prev: number, score: number, _delta: number) =>
      `ผลการดำเนินงานที่ทำให้คะแนนตัวชี้วัดเพิ่มขึ้นจาก ${num(prev)} เป็น ${num(score)} คะแนน`,
    also: " โดย",
    besides: " รวมทั้ง",
    publishing: "การเปิดเผย",
    fullMarks: " ซึ่งได้คะแนนเต็มทุกข้อ",
    stillAbove: (floor: number) => ` ซึ่งคะแนนตัวชี้วัดยังไม่ต่ำกว่าเกณฑ์ ${floor} คะแนน`,
    itemsAbove: (floor: number) => `คะแนนทุกข้อยังไม่ต่ำกว่าเกณฑ์รายข้อ ${floor} คะแนน`,
    closing: " จึงควรรักษามาตรฐานนี้ไว้",
  },
  en: {
    head: { found: "Weakness found:", fix: "To be fixed:", keep: "To be kept:" },
    none: "none",
    end: ".",
    respondents: (tool: ToolCode, many: boolean) =>
      `${many ? "many" : "some"} ${tool === "EIT" ? "service users" : "staff"} find that `,
    openGap: (topics: number) =>
      `the main website does not yet publish every required part of ${topics > 1 ? `${topics} topics: ` : ""}`,
    openMissing: (topics: number) =>
      `the main website does not show, or the assessors did not accept, ${topics > 1 ? `${topics} topics: ` : ""}`,
    openMixed: (topics: number) =>
      `the main website does not yet show, complete or accepted, ${topics > 1 ? `${topics} topics: ` : ""}`,
    itemFloor: (floor: number) => `, under the agency's item floor of ${floor}`,
    indicatorUnder: (score: number, floor: number) =>
      `, which puts the indicator at ${num(score)}, under ${floor}`,
    fellFrom: (delta: number, year: number) =>
      ` and down ${num(Math.abs(delta))} from ${yearEn(year)}`,
    underOnly: (weak: string, score: number, floor: number) =>
      `${weak}; the indicator scored ${num(score)}, under ${floor}`,
    fell: (prev: number, score: number, delta: number, floor: number) =>
      `the indicator fell from ${num(prev)} to ${num(score)} (${num(delta)}), though it still meets the floor of ${floor}`,
    by: "; ",
    keptButLower: (fell: boolean, n: number, names: string, floor: number, all = false) =>
      all && !fell
        ? `all its items, ${names}, scored the same; they are still not under the item floor of ${floor} but worth strengthening`
        : `${fell ? `the item${n > 1 ? "s" : ""} that fell since last year` : n > 1 ? "its lowest items" : "its lowest item"}, ${names}, ${n > 1 ? "are" : "is"} still not under the item floor of ${floor} but worth strengthening`,
    noDefect: (year: number | null, items: boolean) =>
      `none, as ${items ? "every item meets its floor" : "the indicator meets the floor"}${year === null ? "" : ` and the indicator did not fall from ${yearEn(year)}`}`,
    openFix: "; every item must have all its required parts and be on the agency's main website",
    numbered: (parts: string[]) => parts.map((p, i) => `(${i + 1}) ${p}`).join(" "),
    gain: (prev: number, score: number, delta: number) =>
      `the work that raised the indicator from ${num(prev)} to ${num(score)} (+${num(delta)})`,
    also: ": ",
    besides: "; also kept: ",
    publishing: "publishing ",
    fullMarks: ", all at full marks",
    stillAbove: (floor: number) => `, with the indicator still not under ${floor}`,
    itemsAbove: (floor: number) => `every item is still at or above its floor of ${floor}`,
    closing: "; the agency should keep these standards",
  },
};
