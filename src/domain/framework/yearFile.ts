import type { Bilingual, ToolCode } from "../types";
import { INDICATORS, TOOLS } from "./indicators";
import { NO_TOPIC, topicById, TOPICS } from "./topics";
import type { Band, Evidence, Framework, ItemSpec, NationalFigure, ReportsOn } from "./types";

/**
 * A framework year as a JSON file (years/NNNN.json, or a file an IT officer adds beside the
 * workbook or in the pane's options). README.md beside this file describes every field.
 */
export interface YearFile {
  year: number;
  note?: string;
  weights: { IIT: string; EIT: string; OIT: string; evidence: Evidence; source?: string };
  passMark?: number;
  levels: {
    letters?: boolean;
    evidence: Evidence;
    source?: string;
    bands: { min: number; toolFloor?: number; label: Bilingual; evidence?: Evidence }[];
  };
  nationalAverage?: NationalFigure | null;
  items: { evidence: Evidence; source?: string; list: YearFileItem[] };
}

export interface YearFileItem {
  code: string;
  indicator: number;
  topic: string;
  reportsOn?: ReportsOn;
  text: Bilingual | null;
  name?: Bilingual;
  fix?: Bilingual;
  evidence?: Evidence;
}

export type YearFileResult =
  { ok: true; framework: Framework } | { ok: false; errors: Bilingual[] };

/** The first and last years a year file may be for (BE). */
export const YEAR_RANGE = { first: 2560, last: 2660 } as const;

const EVIDENCE = ["V", "S", "U"];
const PREFIX: Record<ToolCode, string> = { IIT: "i", EIT: "e", OIT: "o" };

type Obj = Record<string, unknown>;
const isObj = (v: unknown): v is Obj => typeof v === "object" && v !== null && !Array.isArray(v);
const isText = (v: unknown): v is string => typeof v === "string" && v.trim() !== "";

/**
 * Reads a framework year from its JSON form, checking every field; the framework, or every
 * problem found, each saying where (`items.list[3].topic`) and what to write, in Thai and
 * English. `where` names the file in the messages.
 *
 * @example readYearFile(JSON.parse(text), "ita-2570.json")
 */
export function readYearFile(raw: unknown, where = "year file"): YearFileResult {
  const errors: Bilingual[] = [];
  const fail = (path: string, th: string, en: string) =>
    errors.push({ th: `${where}: ${path}: ${th}`, en: `${where}: ${path}: ${en}` });
  if (!isObj(raw)) {
    fail("(file)", "ไม่ใช่ข้อมูล JSON แบบออบเจกต์", "not a JSON object");
    return { ok: false, errors };
  }
  const year = raw.year;
  if (
    typeof year !== "number" ||
    !Number.isInteger(year) ||
    year < YEAR_RANGE.first ||
    year > YEAR_RANGE.last
  )
    fail(
      "year",
      `ต้องเป็นปี พ.ศ. ${YEAR_RANGE.first}–${YEAR_RANGE.last}`,
      `must be a Buddhist-era year from ${YEAR_RANGE.first} to ${YEAR_RANGE.last}`,
    );
  const evidence = (path: string, v: unknown): Evidence => {
    if (typeof v === "string" && EVIDENCE.includes(v)) return v as Evidence;
    fail(path, 'ต้องเป็น "V", "S" หรือ "U"', 'must be "V", "S" or "U"');
    return "U";
  };
  const bilingual = (path: string, v: unknown, optional = false): Bilingual | undefined => {
    if (v === undefined && optional) return undefined;
    if (isObj(v) && isText(v.th) && isText(v.en)) return { th: v.th.trim(), en: v.en.trim() };
    fail(path, 'ต้องมีข้อความ "th" และ "en"', 'must have a "th" and an "en" text');
    return undefined;
  };

  const w = isObj(raw.weights) ? raw.weights : {};
  if (!isObj(raw.weights)) fail("weights", "ไม่มีน้ำหนักของเครื่องมือ", "the tools' weights are missing");
  const weights = TOOLS.map((t) => {
    const v = w[t.code];
    if (typeof v === "string" && /^0?\.\d+$|^1(\.0+)?$/.test(v)) return { ...t, weight: v };
    fail(
      `weights.${t.code}`,
      'ต้องเป็นทศนิยมในเครื่องหมายคำพูด เช่น "0.30"',
      'must be a decimal in quotes, e.g. "0.30"',
    );
    return t;
  });
  const sum = weights.reduce((s, t) => s + Math.round(Number(t.weight) * 1e6), 0);
  if (isObj(raw.weights) && sum !== 1e6)
    fail("weights", "น้ำหนักรวมกันต้องเท่ากับ 1", "the weights must add up to 1");
  const weightEvidence = evidence("weights.evidence", w.evidence);

  const passMark = raw.passMark ?? 85;
  if (typeof passMark !== "number" || passMark <= 0 || passMark > 100)
    fail("passMark", "ต้องเป็นคะแนน 0–100", "must be a score from 0 to 100");

  const levels = isObj(raw.levels) ? raw.levels : {};
  if (!isObj(raw.levels)) fail("levels", "ไม่มีระดับผลการประเมิน", "the levels are missing");
  const levelEvidence = evidence("levels.evidence", levels.evidence);
  const bandList = Array.isArray(levels.bands) ? levels.bands : [];
  if (bandList.length === 0)
    fail("levels.bands", "ต้องมีระดับอย่างน้อยหนึ่งระดับ", "must list at least one level");
  const bands: Band[] = [];
  bandList.forEach((b: unknown, i) => {
    const path = `levels.bands[${i}]`;
    if (!isObj(b)) return void fail(path, "ไม่ใช่ระดับ", "not a level");
    const min = b.min;
    if (typeof min !== "number" || min < 0 || min > 100)
      return void fail(`${path}.min`, "ต้องเป็นคะแนน 0–100", "must be a score from 0 to 100");
    if (b.toolFloor !== undefined && (typeof b.toolFloor !== "number" || b.toolFloor > 100))
      fail(`${path}.toolFloor`, "ต้องเป็นคะแนน 0–100", "must be a score from 0 to 100");
    const label = bilingual(`${path}.label`, b.label);
    const prev = bands[bands.length - 1];
    if (prev && prev.min < min)
      fail(path, "ระดับต้องเรียงจากสูงไปต่ำ", "levels must go from the highest down");
    if (!label) return;
    bands.push({
      min,
      label,
      passed: typeof passMark === "number" && min >= passMark,
      ...(typeof b.toolFloor === "number" ? { toolFloor: b.toolFloor } : {}),
      evidence: b.evidence === undefined ? levelEvidence : evidence(`${path}.evidence`, b.evidence),
    });
  });
  if (bands.length > 0 && bands[bands.length - 1]?.min !== 0)
    fail("levels.bands", "ระดับต่ำสุดต้องเริ่มที่ 0", "the lowest level must start at 0");

  let nationalAverage: NationalFigure | undefined;
  if (raw.nationalAverage !== undefined && raw.nationalAverage !== null) {
    const n = raw.nationalAverage;
    if (!isObj(n) || typeof n.value !== "number" || !isText(n.source))
      fail(
        "nationalAverage",
        'ต้องมี "value" (คะแนน) "evidence" และ "source" หรือเป็น null',
        'must have a "value", an "evidence" and a "source", or be null',
      );
    else
      nationalAverage = {
        value: n.value,
        evidence: evidence("nationalAverage.evidence", n.evidence),
        source: n.source,
      };
  }

  const itemsPart = isObj(raw.items) ? raw.items : {};
  if (!isObj(raw.items))
    fail(
      "items",
      'ไม่มีรายการข้อ (ใส่ "list": [] ถ้าไม่ทราบ)',
      'the items are missing (give "list": [] when unknown)',
    );
  const itemEvidence = evidence("items.evidence", itemsPart.evidence);
  const list = Array.isArray(itemsPart.list) ? itemsPart.list : [];
  if (isObj(raw.items) && !Array.isArray(itemsPart.list))
    fail("items.list", "ต้องเป็นรายการ", "must be a list");
  const items: ItemSpec[] = [];
  const seen = new Set<string>();
  list.forEach((it: unknown, i) => {
    const item = readItem(it, `items.list[${i}]`, fail, bilingual, evidence);
    if (!item) return;
    if (seen.has(item.code))
      fail(`items.list[${i}].code`, `ข้อ ${item.code} ซ้ำ`, `${item.code} is listed twice`);
    seen.add(item.code);
    items.push(item);
  });

  if (errors.length > 0) return { ok: false, errors };
  return {
    ok: true,
    framework: {
      year: year as number,
      tools: weights,
      indicators: INDICATORS,
      items,
      bands,
      letterScale: levels.letters === true,
      passMark: passMark as number,
      indicatorFloor: 85,
      ...(nationalAverage ? { nationalAverage } : {}),
      status: {
        indicators: "V",
        weights: weightEvidence,
        bands: levelEvidence,
        items: itemEvidence,
      },
    },
  };
}

function readItem(
  it: unknown,
  path: string,
  fail: (path: string, th: string, en: string) => void,
  bilingual: (path: string, v: unknown, optional?: boolean) => Bilingual | undefined,
  evidence: (path: string, v: unknown) => Evidence,
): ItemSpec | null {
  if (!isObj(it)) {
    fail(path, "ไม่ใช่ข้อ", "not an item");
    return null;
  }
  const code = typeof it.code === "string" ? it.code.trim().toLowerCase() : "";
  if (!/^[ieo]\d{1,3}$/.test(code)) {
    fail(
      `${path}.code`,
      'ต้องเป็นรหัสข้อ เช่น "o11" หรือ "i4"',
      'must be an item code such as "o11" or "i4"',
    );
    return null;
  }
  const ind = INDICATORS.find((x) => x.number === it.indicator);
  if (!ind) {
    fail(`${path}.indicator`, "ต้องเป็นตัวชี้วัดที่ 1–10", "must be an indicator from 1 to 10");
    return null;
  }
  if (!code.startsWith(PREFIX[ind.tool]))
    fail(
      `${path}.indicator`,
      `ข้อ ${code} ไม่ใช่ข้อของ ${ind.tool} แต่ตัวชี้วัดที่ ${ind.number} เป็นของ ${ind.tool}`,
      `${code} is not an ${ind.tool} item, but indicator ${ind.number} is ${ind.tool}'s`,
    );
  const topic = typeof it.topic === "string" ? it.topic : "";
  const known = topicById(topic);
  if (topic !== NO_TOPIC && (!known || known.tool !== ind.tool)) {
    const ids = TOPICS.filter((t) => t.tool === ind.tool).map((t) => t.id);
    fail(
      `${path}.topic`,
      `"${topic}" ไม่ใช่หัวข้อของ ${ind.tool} ที่รู้จัก ใช้ได้: ${[...ids, NO_TOPIC].join(", ")}`,
      `"${topic}" is not a known ${ind.tool} topic; use one of: ${[...ids, NO_TOPIC].join(", ")}`,
    );
  }
  const reportsOn = it.reportsOn;
  if (reportsOn !== undefined && reportsOn !== "this-year" && reportsOn !== "last-year")
    fail(
      `${path}.reportsOn`,
      'ต้องเป็น "this-year" หรือ "last-year"',
      'must be "this-year" or "last-year"',
    );
  if (reportsOn !== undefined && ind.tool !== "OIT")
    fail(`${path}.reportsOn`, "ใช้กับข้อ OIT เท่านั้น", "is for OIT items only");
  const text = it.text === null ? null : (bilingual(`${path}.text`, it.text) ?? null);
  const name = bilingual(`${path}.name`, it.name, true);
  const fix = bilingual(`${path}.fix`, it.fix, true);
  // An item that covers a year says which, in its words: "{year}" is that year.
  for (const [key, words] of [
    ["name", name],
    ["fix", fix],
  ] as const) {
    if (!words) continue;
    const marked = words.th.includes("{year}") && words.en.includes("{year}");
    const unmarked = !words.th.includes("{year}") && !words.en.includes("{year}");
    if (reportsOn && !marked)
      fail(
        `${path}.${key}`,
        'ข้อที่รายงานปีใดปีหนึ่งต้องมี "{year}" ในข้อความทั้งสองภาษา',
        'an item that covers a year must have "{year}" in both texts',
      );
    if (!reportsOn && !unmarked)
      fail(
        `${path}.${key}`,
        '"{year}" ใช้ได้เฉพาะข้อที่มี reportsOn',
        '"{year}" is only for items with reportsOn',
      );
  }
  return {
    code,
    indicator: ind.number,
    topic,
    ...(reportsOn === "this-year" || reportsOn === "last-year" ? { reportsOn } : {}),
    text,
    ...(name ? { name } : {}),
    ...(fix ? { fix } : {}),
    ...(it.evidence !== undefined ? { evidence: evidence(`${path}.evidence`, it.evidence) } : {}),
  };
}
