import type { CellStyle, FontSpec } from "./spec";

/** TH SarabunPSK 16: the font the official-document rule names, and a cloud font of Microsoft 365 (README "Print and PDF"). */
export const FONT = "TH SarabunPSK";
const base: FontSpec = { name: FONT, size: 16 };

export const COLORS = {
  header: "DCE6F1",
  indicator: "F2F2F2",
  improve: "F8D7DA",
  develop: "FFF3CD",
  maintain: "D4EDDA",
  red: "C00000",
  green: "006100",
  bar: "5B9BD5",
  barPrevious: "A5A5A5",
} as const;

/** Named styles every writer applies per range area (never per cell). */
export const STYLES: Record<string, CellStyle> = {
  title: {
    font: { ...base, size: 18, bold: true },
    horizontal: "center",
    vertical: "middle",
    wrap: true,
  },
  subtitle: { font: base, horizontal: "center", vertical: "middle", wrap: true },
  label: { font: { ...base, bold: true }, vertical: "top", wrap: true },
  text: { font: base, vertical: "top", wrap: true },
  header: {
    font: { ...base, bold: true },
    fill: COLORS.header,
    border: "thin",
    horizontal: "center",
    vertical: "middle",
    wrap: true,
  },
  cell: { font: base, border: "thin", vertical: "top", wrap: true },
  cellCenter: { font: base, border: "thin", horizontal: "center", vertical: "top", wrap: true },
  indicator: {
    font: { ...base, bold: true },
    fill: COLORS.indicator,
    border: "thin",
    vertical: "top",
    wrap: true,
  },
  item: { font: base, border: "thin", vertical: "top", wrap: true, indent: 1 },
  score: {
    font: base,
    border: "thin",
    horizontal: "center",
    vertical: "top",
    numberFormat: "0.00",
  },
  scoreBold: {
    font: { ...base, bold: true },
    fill: COLORS.indicator,
    border: "thin",
    horizontal: "center",
    vertical: "top",
    numberFormat: "0.00",
  },
  bigScore: {
    font: { ...base, size: 18, bold: true },
    border: "thin",
    horizontal: "center",
    vertical: "middle",
    numberFormat: "0.00",
  },
  delta: {
    font: base,
    border: "thin",
    horizontal: "center",
    vertical: "top",
    numberFormat: "+0.00;-0.00;0.00",
  },
  deltaBold: {
    font: { ...base, bold: true },
    fill: COLORS.indicator,
    border: "thin",
    horizontal: "center",
    vertical: "top",
    numberFormat: "+0.00;-0.00;0.00",
  },
  flagImprove: {
    font: { ...base, bold: true },
    fill: COLORS.improve,
    border: "thin",
    vertical: "top",
    wrap: true,
  },
  flagDevelop: {
    font: { ...base, bold: true },
    fill: COLORS.develop,
    border: "thin",
    vertical: "top",
    wrap: true,
  },
  flagMaintain: {
    font: { ...base, bold: true },
    fill: COLORS.maintain,
    border: "thin",
    vertical: "top",
    wrap: true,
  },
  note: { font: { ...base, italic: true, color: COLORS.red }, vertical: "top", wrap: true },
  warningCell: {
    font: { ...base, bold: true, color: COLORS.red },
    border: "thin",
    vertical: "top",
    wrap: true,
  },
};
