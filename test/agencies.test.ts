/**
 * Every kind of agency (test/fixtures/agencies.ts): the memo names the right head and approvers
 * on one A4 page, the agency's name is printed once, no word is broken in any public sheet, and
 * the plan's owners are the kind's own units; in English too. Each agency's workbook is in its
 * second year (test/fixtures/twoYears.ts: its own plan generated for 2568 and marked as the
 * sample's is, a 2569 column added, run for 2569), so the follow-up of its plan is among the
 * public sheets.
 */
import { parseRange } from "../src/domain/address";
import { agencyNames } from "../src/domain/agency/agencyNames";
import { generate, type GenerateOptions } from "../src/domain/generate";
import { paginate } from "../src/domain/layout/pageBreaks";
import { PUBLIC_PRINT_ORDER } from "../src/domain/layout/printSetup";
import { columnTextPoints, textPoints, wrapLines } from "../src/domain/layout/rowHeight";
import type { SheetSpec } from "../src/domain/layout/spec";
import { STYLES } from "../src/domain/layout/styles";
import { loadPlaceNames } from "../src/hosts/placeNames";
import { AGENCY_FIXTURES, agencyLayout, type AgencyFixture } from "./fixtures/agencies";
import { mixedTable } from "./fixtures/layouts";
import { toGrids } from "./fixtures/toGrids";
import { STATUSES_2569, twoYears } from "./fixtures/twoYears";
import { brokenWords } from "./wordsFit";

/** The agency's second year: its 2569 plan (in the run's language) marked with the sample's
 *  statuses, a 2569 column added, generated for 2569. */
async function run(fx: AgencyFixture, options: GenerateOptions = {}) {
  const placeNames =
    options.lang === "en" ? await loadPlaceNames({ name: fx.name, place: fx.place }) : undefined;
  const own: GenerateOptions = {
    ...(fx.unitEn && options.lang === "en" ? { unitEn: fx.unitEn } : {}),
    ...(placeNames ? { placeNames } : {}),
    ...(options.lang ? { lang: options.lang } : {}),
  };
  const result = twoYears({
    base: agencyLayout(fx),
    statuses: STATUSES_2569,
    text: {},
    added: [],
    firstOptions: { date: "2568-11-24", ...own },
    options: { date: "2569-11-24", ...own, ...options },
  }).second;
  if (!result.ok) throw new Error(`${fx.label} did not analyse`);
  const sheet = (kind: string) => result.spec.sheets.find((s) => s.kind === kind) as SheetSpec;
  return { result, sheet, memo: sheet("memo") };
}

const texts = (sheet: SheetSpec): string[] =>
  sheet.rows.flat().flatMap((c) => (typeof c?.v === "string" ? [c.v] : []));
/**
 * A cell's text as read: a line break our fitter put before a name is read as nothing between
 * Thai letters (Thai sets no space between words), else as the space it stands for.
 */
const read = (v: unknown) =>
  typeof v === "string"
    ? v.replace(/(?<=[\u0e00-\u0e7f])\n(?=[\u0e00-\u0e7f])/g, "").replace(/\n/g, " ")
    : v;
/** The memo's cell of a field row (named in the column outside the print area), as read. */
const field = (memo: SheetSpec, name: string, col: number) =>
  read(memo.rows.find((r) => r.some((c) => c?.v === name))?.[col]?.v);

/**
 * Every line of the memo's printed cells, as our fitter lays it out, that starts or ends inside
 * one of `names` (a name wider than its cell's line cannot be kept whole and is not looked for),
 * as "A7: …line".
 */
function namesBroken(memo: SheetSpec, names: readonly string[]): string[] {
  const spans = new Map<string, number>();
  for (const m of memo.merges) {
    const r = parseRange(m);
    if (!r) continue;
    let w = 0;
    for (let c = r.left; c <= r.right; c++) w += memo.widths[c - 1] ?? 10;
    spans.set(`${r.top}:${r.left}`, w);
  }
  const out: string[] = [];
  memo.rows.forEach((row, r) =>
    row.slice(0, 4).forEach((cell, c) => {
      if (!cell || typeof cell.v !== "string") return;
      const font = (cell.s ? STYLES[cell.s] : undefined)?.font;
      const room = columnTextPoints(spans.get(`${r + 1}:${c + 1}`) ?? memo.widths[c] ?? 10)[0] ?? 0;
      // The lines one after another as read, and where each line ends in that reading.
      const lines = wrapLines(cell.v, room, font?.size, font?.bold);
      let text = "";
      const ends: number[] = [];
      for (const line of lines) {
        const gap = text && !/[\u0e00-\u0e7f\s]$/.test(text) && !/^[\u0e00-\u0e7f\s]/.test(line);
        ends.push(text.length);
        text += (gap ? " " : "") + line;
      }
      for (const name of names) {
        if (textPoints(name, font?.size, font?.bold) > room) continue;
        for (let at = text.indexOf(name); at >= 0; at = text.indexOf(name, at + 1)) {
          // A name that opens a paragraph but does not fit its first line after the indent
          // cannot be kept whole but by leaving that line empty (the English "{Name} scored…").
          const before = text.slice(0, at);
          if (before.trim() === "" && textPoints(before + name, font?.size, font?.bold) > room)
            continue;
          for (const [i, end] of ends.entries())
            if (end > at && end < at + name.length)
              out.push(
                `${String.fromCharCode(65 + c)}${r + 1}: ${lines[i - 1] ?? ""}|${lines[i] ?? ""}`,
              );
        }
      }
    }),
  );
  return out;
}
const positions = (memo: SheetSpec) =>
  [1, 2, 3].map((i) =>
    String(field(memo, `ผู้บังคับบัญชา ${i} ความเห็น/ตำแหน่ง`, 2) ?? "").replace(/\.+$/, ""),
  );

/** Words of local government (its units, staff, heads and those it serves) that no other kind's papers use. */
const LOCAL_WORDS = {
  th: /ทุกกอง|กอง\/สำนัก|เทศบาล|องค์การบริหารส่วน|อบต\.|อบจ\.|พนักงานส่วน|สำนักปลัด|ปลัด|นายก|ประชาชน|เสียงตามสาย/,
  en: /municipal|Municipality|Subdistrict|Clerk|Mayor|every division|the public|village/i,
};
/** A department's own word for every division is ทุกกอง/สำนัก (agency/profiles.ts). */
const DEPARTMENT_LOCAL_WORDS = {
  th: new RegExp(LOCAL_WORDS.th.source.replace("ทุกกอง|กอง\\/สำนัก|", "")),
  en: new RegExp(LOCAL_WORDS.en.source.replace("|every division", ""), "i"),
};
const PROVINCE_LOCAL_WORDS = {
  th: new RegExp(LOCAL_WORDS.th.source.replace("|ประชาชน", "")),
  en: new RegExp(LOCAL_WORDS.en.source.replace("|the public", ""), "i"),
};

describe.each(AGENCY_FIXTURES.map((fx) => [fx.label, fx] as const))("a memo for %s", (_, fx) => {
  it("is of the kind its name tells, addressed to its head, with its approval chain", async () => {
    const { result, memo } = await run(fx);
    expect(result.analysis.agency?.kind).toBe(fx.kind);
    expect(field(memo, "เรียน", 1)).toBe(fx.head);
    expect(positions(memo)).toEqual(fx.chain);
  });

  it("keeps to one A4 page, with no continuation", async () => {
    const { memo } = await run(fx);
    expect(paginate(memo.heights, memo.print, memo.rows.length)).toHaveLength(1);
    expect(memo.pageBreaks ?? []).toEqual([]);
  });

  it("starts or ends no line of the memo inside a name, in Thai and in English", async () => {
    for (const lang of ["th", "en"] as const) {
      const { result, memo } = await run(fx, { lang });
      const names = agencyNames(
        result.analysis.agency as NonNullable<typeof result.analysis.agency>,
        lang,
      );
      expect(names).toContain(lang === "th" ? fx.name : fx.nameEn);
      expect(names).toContain(lang === "th" ? fx.head : fx.headEn);
      expect([lang, namesBroken(memo, names)]).toEqual([lang, []]);
    }
  });

  it("prints the name once: never beside its own province, never twice in a cell", async () => {
    const { sheet } = await run(fx);
    for (const kind of PUBLIC_PRINT_ORDER)
      for (const t of texts(sheet(kind))) {
        expect([kind, t.split(fx.name).length - 1 <= 1]).toEqual([kind, true]);
        const provinces = t.match(/จังหวัด[ก-๛]+/g) ?? [];
        expect([kind, t, new Set(provinces).size]).toEqual([kind, t, provinces.length]);
      }
    // The summary's title names it, and no line under the title names it again; a kind whose
    // name alone tells it (a province, a university, a college…) is named without its place.
    const [title, next] = texts(sheet("summary"));
    expect(`${title}\n${next}`.split(fx.name)).toHaveLength(2);
    const withPlace = ["cityMunicipality", "townMunicipality", "sao"].includes(fx.kind);
    expect([fx.kind, /อำเภอ/.test(title ?? "")]).toEqual([fx.kind, withPlace]);
  });

  it("speaks in its own kind's words, with no placeholder left, in Thai and in English", async () => {
    for (const lang of ["th", "en"] as const) {
      const { sheet } = await run(fx, { lang });
      const all = PUBLIC_PRINT_ORDER.flatMap((kind) => texts(sheet(kind)));
      expect(all.filter((t) => /\{[a-zA-Z]+\}/.test(t))).toEqual([]);
      if (!["province", "university", "college", "department"].includes(fx.kind)) continue;
      // The assessment's own questions (e5 …ประชาชน…) are quoted as the workbook has them; a
      // province serves ประชาชน too.
      const own = all.filter((t) => !/^[ieo]\d+\s/.test(t));
      const local =
        fx.kind === "province"
          ? PROVINCE_LOCAL_WORDS[lang]
          : fx.kind === "department"
            ? DEPARTMENT_LOCAL_WORDS[lang]
            : LOCAL_WORDS[lang];
      expect(own.filter((t) => local.test(t))).toEqual([]);
    }
  });

  it("breaks no word inside a column, in Thai and in English", async () => {
    for (const lang of ["th", "en"] as const) {
      const { sheet, result } = await run(fx, { lang });
      expect(result.spec.sheets.map((s) => s.kind)).toContain("followup");
      for (const kind of PUBLIC_PRINT_ORDER) expect(brokenWords(sheet(kind))).toEqual([]);
    }
  });

  it("gives the plan's measures to the kind's own units", async () => {
    const { result } = await run(fx);
    const plan = result.spec.sheets.find((s) => s.kind === "plan") as SheetSpec;
    const all = texts(plan);
    expect(all).toContain(fx.assets);
    expect(all).toContain(fx.personnel);
    if (
      !["subdistrictMunicipality", "townMunicipality", "cityMunicipality", "sao", "pao"].includes(
        fx.kind,
      )
    )
      expect(all.some((t) => /สำนักปลัด|กองช่าง/.test(t))).toBe(false);
  });

  it("names the agency and its head in English, with no Thai in the English sheets", async () => {
    const { result, sheet, memo } = await run(fx, { lang: "en" });
    expect(result.analysis.agency?.nameEn).toBe(fx.nameEn);
    expect(field(memo, "To", 1)).toBe(fx.headEn);
    for (const kind of PUBLIC_PRINT_ORDER)
      for (const t of texts(sheet(kind)))
        expect([kind, t, /[\u0e00-\u0e7f]/.test(t)]).toEqual([kind, t, false]);
  });
});

describe("the memo's date", () => {
  /** The sample's table as the 2564 and 2565 scores. */
  const earlier = () =>
    mixedTable().map((s) => ({
      ...s,
      rows: s.rows.map((row) =>
        row.map((v) =>
          typeof v === "string" ? v.replace(/2567/g, "2564").replace(/2568/g, "2565") : v,
        ),
      ),
    }));

  it("is never today's for a 2565 workbook generated in 2569: left to fill, with a note", () => {
    const result = generate(toGrids(earlier()), { today: "2026-12-03" });
    if (!result.ok) throw new Error("did not analyse");
    expect(result.analysis.year).toBe(2565);
    const memo = result.spec.sheets.find((s) => s.kind === "memo") as SheetSpec;
    expect(texts(memo).join(" ")).not.toMatch(/2569|๒๕๖๙|2570|๒๕๗๐/);
    expect(result.analysis.findings.map((f) => f.rule)).toContain("memoDateToFill");
    const check = result.spec.sheets.find((s) => s.kind === "check") as SheetSpec;
    expect(texts(check).some((t) => t.includes("วันที่ของบันทึกข้อความเว้นไว้ให้กรอก"))).toBe(true);
  });

  it("prints --date 2568-11-24 as ๒๔ พฤศจิกายน ๒๕๖๘", () => {
    const result = generate(toGrids(mixedTable()), { date: "2568-11-24", today: "2026-12-03" });
    if (!result.ok) throw new Error("did not analyse");
    const memo = result.spec.sheets.find((s) => s.kind === "memo") as SheetSpec;
    expect(field(memo, "เลขที่หนังสือและวันที่", 3)).toBe("๒๔ พฤศจิกายน ๒๕๖๘");
  });
});

describe("an agency whose kind the name does not tell", () => {
  it("leaves the head's title and the approvers to fill, and says so on the check sheet", () => {
    const layout = mixedTable().map((s) => ({
      ...s,
      rows: s.rows.map((r) => (r[0] === "หน่วยงาน" ? ["หน่วยงาน", "สถาบันตัวอย่าง", null, null] : r)),
    }));
    const result = generate(toGrids(layout), { date: "2568-11-24" });
    if (!result.ok) throw new Error("did not analyse");
    const memo = result.spec.sheets.find((s) => s.kind === "memo") as SheetSpec;
    expect(String(field(memo, "เรียน", 1))).toMatch(/^\.+$/);
    expect(result.analysis.findings.map((f) => f.rule)).toContain("agencyHeadToFill");
    const withKind = generate(toGrids(layout), { date: "2568-11-24", kind: "university" });
    if (!withKind.ok) throw new Error("did not analyse");
    const m2 = withKind.spec.sheets.find((s) => s.kind === "memo") as SheetSpec;
    expect(field(m2, "เรียน", 1)).toBe("อธิการบดีสถาบันตัวอย่าง");
  });
});
