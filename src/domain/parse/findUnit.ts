import { cellRef } from "../address";
import type { Grid, GridValue } from "../types";
import { cleanText, compact } from "./text";

/** The agency as the workbook states it, where it says so, and its district and province. */
export interface UnitFound {
  name: string;
  cell: string;
  /** "อำเภอตะโหมด จังหวัดพัทลุง" when the workbook gives it. */
  place: string | null;
}

const UNIT_LABEL = /^(ชื่อ)?หน่วยงาน:?$|^(agency|organi[sz]ation|unit)( name)?:?$/i;
const UNIT_NAME =
  /(เทศบาล(?:ตำบล|เมือง|นคร)|องค์การบริหารส่วน(?:ตำบล|จังหวัด)|อบต\.|อบจ\.|ทต\.|ทม\.|ทน\.|กรุงเทพมหานคร|เมืองพัทยา)\s*[^\s\d()]+/;
/** District and province: "อำเภอตะโหมด จังหวัดพัทลุง", "เขตบางรัก กรุงเทพมหานคร", "จังหวัดพัทลุง". */
const PLACE =
  /(?:(?:อำเภอ|อ\.|เขต)\s*[^\s\d()]+\s*)?(?:จังหวัด|จ\.)\s*[^\s\d()]+|(?:เขต)\s*[^\s\d()]+\s*กรุงเทพมหานคร/;
/** "<agency> ปีงบประมาณ <year>" and "<agency> fiscal year <year>". */
const TITLE =
  /^(.*?)\s*(?:ประจำ)?\s*ปีงบประมาณ\s*(?:พ\.?\s*ศ\.?)?\s*[0-9๐-๙]{4}|^(.*?)\s*fiscal year\s*\d{4}/i;
/** Words of a score table's title that are not the agency's name. */
const NOT_NAME = [
  /^(?:ตาราง|สรุป|รายงาน)?\s*(?:ผล)?(?:คะแนน)?\s*(?:การ)?ประเมิน\S*(?:\s*คุณธรรมและความโปร่งใส(?:ในการดำเนินงานของหน่วยงานภาครัฐ)?)?/,
  /^\(?\s*ITA\s*\)?/i,
  /^(?:ผล)?คะแนน/,
  /^ของ/,
  /^(?:ITA\s*)?(?:scores?|results?)(?:\s*of)?/i,
];

function stripTitleWords(text: string): string {
  let t = text.trim();
  for (let again = true; again;) {
    again = false;
    for (const re of NOT_NAME) {
      const m = re.exec(t);
      if (m && m[0].length > 0) {
        t = t.slice(m[0].length).trim();
        again = true;
      }
    }
  }
  return t;
}

/** The agency named by a title such as "<agency> ปีงบประมาณ 2568", or null. */
export function unitFromTitle(text: string): string | null {
  const m = TITLE.exec(cleanText(text));
  if (!m) return null;
  const name = stripTitleWords((m[1] ?? m[2] ?? "").replace(PLACE, " ").trim());
  return /[ก-๛A-Za-z]{3}/.test(name) ? cleanText(name) : null;
}

/** Splits "เทศบาลตำบลคลองใหญ่ อำเภอตะโหมด จังหวัดพัทลุง" into the name and the place. */
function splitPlace(text: string): { name: string; place: string | null } {
  // A place begins a word: "องค์การบริหารส่วนจังหวัดนครศรีธรรมราช" holds no place of its own.
  const m = PLACE.exec(text);
  if (m && m.index > 0 && !/\s/.test(text[m.index - 1] ?? ""))
    return { name: cleanText(text), place: null };
  if (!m || m.index === 0) return { name: cleanText(text), place: m ? cleanText(m[0]) : null };
  return { name: cleanText(text.slice(0, m.index)), place: cleanText(m[0]) };
}

/** A place named in the cells of a row after `from`, or null. */
function placeIn(row: readonly GridValue[], from: number): string | null {
  for (const v of row.slice(from)) {
    if (typeof v !== "string") continue;
    const m = PLACE.exec(cleanText(v));
    if (m) return cleanText(m[0]);
  }
  return null;
}

/**
 * Finds the agency's name: a cell labelled หน่วยงาน / Agency with the name beside it; else a
 * title such as "<agency> ปีงบประมาณ 2568"; else the first text naming a local government
 * (เทศบาลตำบล…, องค์การบริหารส่วนตำบล…). Its district and province come with it where the
 * same row (or the same text) gives them.
 */
export function findUnit(grids: readonly Grid[]): UnitFound | null {
  let fromTitle: UnitFound | null = null;
  let fallback: UnitFound | null = null;
  for (const grid of grids) {
    if (grid.generated) continue;
    for (let r = 0; r < grid.values.length; r++) {
      const row = grid.values[r] ?? [];
      for (let c = 0; c < row.length; c++) {
        const value = row[c];
        if (typeof value !== "string") continue;
        const text = cleanText(value);
        const at = (col: number) => cellRef(grid.name, grid.top + r, grid.left + col);
        if (UNIT_LABEL.test(text)) {
          const nc = row.findIndex((v, i) => i > c && typeof v === "string" && compact(v) !== "");
          if (nc >= 0) {
            const { name, place } = splitPlace(String(row[nc]));
            return { name, cell: at(nc), place: place ?? placeIn(row, nc + 1) };
          }
        }
        const inline = /^(?:ชื่อ)?หน่วยงาน\s*[:：]\s*(.+)$/.exec(text);
        if (inline && inline[1]) {
          const { name, place } = splitPlace(inline[1]);
          return { name, cell: at(c), place: place ?? placeIn(row, c + 1) };
        }
        if (!fromTitle) {
          const name = unitFromTitle(text);
          if (name) {
            const place = PLACE.exec(text);
            fromTitle = {
              name,
              cell: at(c),
              place: place ? cleanText(place[0]) : placeIn(row, c + 1),
            };
          }
        }
        if (!fallback) {
          const m = UNIT_NAME.exec(text);
          if (m) {
            const place = PLACE.exec(text.slice((m.index ?? 0) + m[0].length));
            fallback = {
              name: m[0].replace(/\s+/g, ""),
              cell: at(c),
              place: place ? cleanText(place[0]) : placeIn(row, c + 1),
            };
          }
        }
      }
    }
  }
  return fromTitle ?? fallback;
}
