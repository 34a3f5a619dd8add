/**
 * What the WorkbookSpec says each cell of a sheet looks like (its value or formula, number
 * format, font, fill, border, alignment, wrap, indent), and the same read back from what each
 * writer produced: the fake Excel's cells after the Office.js writer (whether driven directly or
 * through Microsoft's office.js), and the cells of the file the file path writes, as ExcelJS
 * reads them. The writers' tests compare the three cell by cell.
 */
import type ExcelJS from "exceljs";
import { a1, parseRange } from "../src/domain/address";
import type { CellStyle, SheetSpec, WorkbookSpec } from "../src/domain/layout/spec";
import type { SheetState } from "./fakeExcel/state";

export interface CellLook {
  value: string | number | boolean | null;
  formula: string | null;
  numberFormat: string;
  font: string;
  fill: string | null;
  border: string | null;
  horizontal: string | null;
  vertical: string | null;
  wrap: boolean;
  indent: number;
}

/** A style's look, its parts as plain text so two looks compare with toEqual. */
function styleLook(
  style: CellStyle | undefined,
): Omit<CellLook, "value" | "formula" | "numberFormat"> {
  if (!style)
    return {
      font: "",
      fill: null,
      border: null,
      horizontal: null,
      vertical: null,
      wrap: false,
      indent: 0,
    };
  const f = style.font;
  return {
    font: `${f.name}/${f.size}/${f.bold ? "b" : ""}${f.italic ? "i" : ""}/${(f.color ?? "000000").toUpperCase()}`,
    fill: style.fill?.toUpperCase() ?? null,
    border: style.border ? `${style.border.style}/${style.border.color.toUpperCase()}` : null,
    horizontal: style.horizontal ?? null,
    vertical: style.vertical ?? null,
    wrap: style.wrap ?? false,
    indent: style.indent ?? 0,
  };
}

/** What the spec says: every cell that has a value or a style, by address. */
export function specLooks(sheet: SheetSpec, spec: WorkbookSpec): Map<string, CellLook> {
  const out = new Map<string, CellLook>();
  sheet.rows.forEach((row, r) =>
    row.forEach((cell, c) => {
      if (!cell || ((cell.v === null || cell.v === "") && !cell.f && !cell.s)) return;
      const style = cell.s ? spec.styles[cell.s] : undefined;
      const text = typeof cell.v === "string" && !cell.f;
      out.set(a1(r + 1, c + 1), {
        value: cell.f ? null : cell.v === "" ? null : cell.v,
        formula: cell.f ? `=${cell.f}` : null,
        numberFormat: text ? "@" : (style?.numberFormat ?? "General"),
        ...styleLook(style),
      });
    }),
  );
  return out;
}

const rgb = (hash: unknown) =>
  typeof hash === "string" ? hash.replace(/^#/, "").toUpperCase() : null;

const ALIGN: Record<string, string> = {
  Left: "left",
  Center: "center",
  Right: "right",
  Top: "top",
  Bottom: "bottom",
};

/**
 * The fake Excel's cells (what the Office.js writer set, format by format) as looks. A border is
 * the same line on all four edges and the inside lines of its area; `indentLevel` needs ExcelJS
 * 1.9, so on Office 2019 a cell has none.
 */
export function officeLooks(sheet: SheetState): Map<string, CellLook> {
  const out = new Map<string, CellLook>();
  for (const [key, cell] of Object.entries(sheet.cells)) {
    const [r, c] = key.split(",").map(Number) as [number, number];
    const f = cell.format;
    const styled = Object.keys(f).length > 0;
    if (!styled && cell.value === null && cell.formula === null) continue;
    const edges = ["EdgeTop", "EdgeBottom", "EdgeLeft", "EdgeRight"].map(
      (e) =>
        `${f[`borders.${e}.style`]}/${f[`borders.${e}.weight`]}/${rgb(f[`borders.${e}.color`])}`,
    );
    const border =
      f["borders.EdgeTop.style"] === "Continuous" && new Set(edges).size === 1
        ? `${String(f["borders.EdgeTop.weight"]).toLowerCase()}/${rgb(f["borders.EdgeTop.color"])}`
        : f["borders.EdgeTop.style"]
          ? `uneven: ${edges.join(" ")}`
          : null;
    const vertical = f.verticalAlignment === "Center" ? "middle" : f.verticalAlignment;
    out.set(a1(r, c), {
      value: cell.formula ? null : cell.value,
      formula: cell.formula,
      numberFormat: cell.numberFormat,
      font: styled
        ? `${f["font.name"]}/${f["font.size"]}/${f["font.bold"] ? "b" : ""}${f["font.italic"] ? "i" : ""}/${rgb(f["font.color"])}`
        : "",
      fill: rgb(f["fill.color"]),
      border,
      horizontal: f.horizontalAlignment ? (ALIGN[String(f.horizontalAlignment)] ?? null) : null,
      vertical: vertical ? (ALIGN[String(vertical)] ?? String(vertical)) : null,
      wrap: f.wrapText === true,
      indent: Number(f.indentLevel ?? 0),
    });
  }
  return out;
}

/** The cells of a written file's sheet, as ExcelJS reads them, as looks. */
export function fileLooks(ws: ExcelJS.Worksheet): Map<string, CellLook> {
  const out = new Map<string, CellLook>();
  ws.eachRow({ includeEmpty: false }, (row) =>
    row.eachCell({ includeEmpty: true }, (cell) => {
      // ExcelJS gives a merged area's other cells its first cell's value and style
      if (cell.isMerged && cell.master !== cell) return;
      const v = cell.value;
      const formula = v && typeof v === "object" && "formula" in v ? `=${String(v.formula)}` : null;
      const value = formula ? null : (v as string | number | boolean | null);
      const s = cell.style ?? {};
      const styled = Boolean(s.font);
      if (!styled && (value === null || value === undefined) && !formula) return;
      const font = s.font;
      const sides = (["top", "bottom", "left", "right"] as const).map((e) => {
        const side = s.border?.[e];
        return side ? `${side.style}/${rgb(String(side.color?.argb ?? "").slice(2))}` : "";
      });
      const border =
        sides[0] && new Set(sides).size === 1
          ? sides[0]
          : sides.some(Boolean)
            ? `uneven: ${sides.join(" ")}`
            : null;
      const fill =
        s.fill && s.fill.type === "pattern" && s.fill.pattern === "solid"
          ? s.fill.fgColor?.argb
          : undefined;
      out.set(cell.address, {
        value: value === undefined || value === "" ? null : value,
        formula,
        numberFormat: typeof value === "string" ? "@" : cell.numFmt || "General",
        font: styled
          ? `${font?.name}/${font?.size}/${font?.bold ? "b" : ""}${font?.italic ? "i" : ""}/${rgb(String(font?.color?.argb ?? "FF000000").slice(2))}`
          : "",
        fill: fill ? String(fill).slice(2).toUpperCase() : null,
        border,
        horizontal: s.alignment?.horizontal ?? null,
        vertical: s.alignment?.vertical ?? null,
        wrap: s.alignment?.wrapText === true,
        indent: s.alignment?.indent ?? 0,
      });
    }),
  );
  return out;
}

/** The cells of merged areas other than each area's first (what ExcelJS cannot read apart). */
export function mergedOthers(merges: string[]): Set<string> {
  const out = new Set<string>();
  for (const m of merges) {
    const area = parseRange(m);
    if (!area) continue;
    for (let r = area.top; r <= area.bottom; r++)
      for (let c = area.left; c <= area.right; c++)
        if (r !== area.top || c !== area.left) out.add(a1(r, c));
  }
  return out;
}

/** The cells whose looks differ, as "address: expected ≠ found" (empty when all agree). */
export function differences(
  expected: Map<string, CellLook>,
  found: Map<string, CellLook>,
  ignore: (keyof CellLook)[] = [],
): string[] {
  const out: string[] = [];
  for (const address of new Set([...expected.keys(), ...found.keys()])) {
    const e = expected.get(address);
    const f = found.get(address);
    const show = (l: CellLook | undefined) => {
      if (!l) return "(nothing)";
      const copy: Partial<CellLook> = { ...l };
      for (const k of ignore) delete copy[k];
      return JSON.stringify(copy);
    };
    if (show(e) !== show(f)) out.push(`${address}: ${show(e)} ≠ ${show(f)}`);
  }
  return out;
}
