import { INDICATORS } from "../framework/indicators";
import type { Bilingual, RowKey } from "../types";

/** How a row key is named in messages: "ตัวชี้วัดที่ 4 …", "ข้อ i10", "IIT", "คะแนนรวม". */
export function describeKey(key: RowKey): Bilingual {
  switch (key.kind) {
    case "indicator": {
      const ind = INDICATORS.find((i) => i.number === key.number);
      return {
        th: `ตัวชี้วัดที่ ${key.number} ${ind?.name.th ?? ""}`.trim(),
        en: `indicator ${key.number} (${ind?.name.en ?? ""})`,
      };
    }
    case "item":
      return { th: `ข้อ ${key.code}`, en: `item ${key.code}` };
    case "tool":
      return { th: `คะแนน ${key.tool}`, en: `the ${key.tool} score` };
    case "total":
      return { th: "คะแนนรวม ITA", en: "the total ITA score" };
  }
}
