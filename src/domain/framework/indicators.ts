import type { IndicatorSpec, ToolSpec } from "./types";

/** The ten indicators, the same from 2563 to 2569 [V]. */
export const INDICATORS: IndicatorSpec[] = [
  { number: 1, tool: "IIT", name: { th: "การปฏิบัติหน้าที่", en: "Performance of duties" } },
  { number: 2, tool: "IIT", name: { th: "การใช้งบประมาณ", en: "Use of budget" } },
  { number: 3, tool: "IIT", name: { th: "การใช้อำนาจ", en: "Use of authority" } },
  {
    number: 4,
    tool: "IIT",
    name: { th: "การใช้ทรัพย์สินของราชการ", en: "Use of government property" },
  },
  { number: 5, tool: "IIT", name: { th: "การแก้ไขปัญหาการทุจริต", en: "Anti-corruption" } },
  { number: 6, tool: "EIT", name: { th: "คุณภาพการดำเนินงาน", en: "Quality of operations" } },
  { number: 7, tool: "EIT", name: { th: "ประสิทธิภาพการสื่อสาร", en: "Communication" } },
  {
    number: 8,
    tool: "EIT",
    name: { th: "การปรับปรุงระบบการทำงาน", en: "Improvement of work systems" },
  },
  { number: 9, tool: "OIT", name: { th: "การเปิดเผยข้อมูล", en: "Information disclosure" } },
  { number: 10, tool: "OIT", name: { th: "การป้องกันการทุจริต", en: "Corruption prevention" } },
];

/** Tools and weights: 0.30 · IIT + 0.30 · EIT + 0.40 · OIT [V up to 2566, fits 2568]. */
export const TOOLS: ToolSpec[] = [
  {
    code: "IIT",
    name: { th: "ผู้มีส่วนได้ส่วนเสียภายใน (IIT)", en: "Internal stakeholders (IIT)" },
    weight: "0.30",
    indicators: [1, 2, 3, 4, 5],
    itemFloor: 85,
    indicatorRule: "mean",
  },
  {
    code: "EIT",
    name: { th: "ผู้มีส่วนได้ส่วนเสียภายนอก (EIT)", en: "External stakeholders (EIT)" },
    weight: "0.30",
    indicators: [6, 7, 8],
    itemFloor: 85,
    indicatorRule: "mean-with-part2",
  },
  {
    code: "OIT",
    name: { th: "การเปิดเผยข้อมูลสาธารณะ (OIT)", en: "Open data (OIT)" },
    weight: "0.40",
    indicators: [9, 10],
    itemFloor: 100,
    indicatorRule: "subindicators",
  },
];
