import type { BorderSpec, CellStyle, FontSpec } from "./spec";

/** TH SarabunPSK 16: the font the official-document rule names, and a cloud font of Microsoft 365 (README "Print and PDF"). */
export const FONT = "TH SarabunPSK";
const base: FontSpec = { name: FONT, size: 16 };
/** Tables: 14 pt, as Thai official reports set their tables; paragraphs and headings stay 16. */
const table: FontSpec = { name: FONT, size: 14 };

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
  staff: "7F7F7F",
  /** The lines of the tables: mid grey, which prints as a light line in black and white. */
  grid: "808080",
} as const;

/**
 * The trend chart's lines (the total and each tool), each with its own marker as well as its
 * colour, so that the lines stay apart when printed in black and white.
 */
export const TREND_LINES = {
  total: { color: "1F3864", marker: "circle" },
  IIT: { color: "5B9BD5", marker: "square" },
  EIT: { color: "70AD47", marker: "triangle" },
  OIT: { color: "ED7D31", marker: "diamond" },
} as const;

/** Every table cell's border: thin, in the grid colour (one definition for every writer). */
const GRID: BorderSpec = { style: "thin", color: COLORS.grid };

/** Named styles every writer applies per range area (never per cell). */
export const STYLES: Record<string, CellStyle> = {
  title: {
    font: { ...base, size: 18, bold: true },
    horizontal: "center",
    vertical: "middle",
    wrap: true,
  },
  subtitle: { font: base, horizontal: "center", vertical: "middle", wrap: true },
  /** Section headings of the report (ความเป็นมา, 1. ผลการประเมิน …). */
  heading: { font: { ...base, bold: true }, vertical: "top", wrap: true },
  /** A paragraph of the report, merged across the printed width. */
  paragraph: { font: base, vertical: "top", wrap: true },
  /** The legend and notes under a table, in the table's size. */
  legend: { font: table, vertical: "top", wrap: true },
  /** Staff-only columns, outside the print area: grey, so they read as working notes. */
  staffCell: {
    font: { ...base, color: COLORS.staff },
    border: GRID,
    horizontal: "center",
    vertical: "top",
    wrap: true,
  },
  /** "บันทึกข้อความ" at the head of an official memo. */
  memoTitle: {
    font: { ...base, size: 29, bold: true },
    horizontal: "center",
    vertical: "middle",
  },
  memoLabel: { font: { ...base, size: 20, bold: true }, vertical: "top" },
  memoValue: { font: base, vertical: "top", wrap: true },
  memoDate: { font: base, vertical: "top" },
  memoCenter: { font: base, horizontal: "center", vertical: "bottom", wrap: true },
  /** The continuation form's "/จึงเรียน…" at the foot of page 1. */
  memoRight: { font: base, horizontal: "right", vertical: "bottom" },
  /** The continuation form's page number "-๒-" on top of page 2. */
  memoPageNumber: { font: base, horizontal: "center", vertical: "top" },
  /** A missing value ("-") in a table. */
  dashCell: { font: table, border: GRID, horizontal: "center", vertical: "top" },
  label: { font: { ...base, bold: true }, vertical: "top", wrap: true },
  text: { font: base, vertical: "top", wrap: true },
  header: {
    font: { ...table, bold: true },
    fill: COLORS.header,
    border: GRID,
    horizontal: "center",
    vertical: "middle",
    wrap: true,
  },
  cell: { font: table, border: GRID, vertical: "top", wrap: true },
  /** A paragraph inside a table (the analysis's text under an indicator's items). */
  cellText: { font: table, border: GRID, vertical: "top", wrap: true, indent: 1 },
  cellCenter: { font: table, border: GRID, horizontal: "center", vertical: "top", wrap: true },
  indicator: {
    font: { ...table, bold: true },
    fill: COLORS.indicator,
    border: GRID,
    vertical: "top",
    wrap: true,
  },
  item: { font: table, border: GRID, vertical: "top", wrap: true, indent: 1 },
  score: {
    font: table,
    border: GRID,
    horizontal: "center",
    vertical: "top",
    numberFormat: "0.00",
  },
  scoreBold: {
    font: { ...table, bold: true },
    fill: COLORS.indicator,
    border: GRID,
    horizontal: "center",
    vertical: "top",
    numberFormat: "0.00",
  },
  bigScore: {
    font: { ...base, bold: true },
    border: GRID,
    horizontal: "center",
    vertical: "middle",
    numberFormat: "0.00",
  },
  delta: {
    font: table,
    border: GRID,
    horizontal: "center",
    vertical: "top",
    numberFormat: "+0.00;-0.00;0.00",
  },
  deltaBold: {
    font: { ...table, bold: true },
    fill: COLORS.indicator,
    border: GRID,
    horizontal: "center",
    vertical: "top",
    numberFormat: "+0.00;-0.00;0.00",
  },
  flagImprove: {
    font: { ...table, bold: true },
    fill: COLORS.improve,
    border: GRID,
    vertical: "top",
    wrap: true,
  },
  flagDevelop: {
    font: { ...table, bold: true },
    fill: COLORS.develop,
    border: GRID,
    vertical: "top",
    wrap: true,
  },
  flagMaintain: {
    font: { ...table, bold: true },
    fill: COLORS.maintain,
    border: GRID,
    vertical: "top",
    wrap: true,
  },
  note: { font: { ...base, italic: true, color: COLORS.red }, vertical: "top", wrap: true },
  warningCell: {
    font: { ...table, bold: true, color: COLORS.red },
    border: GRID,
    vertical: "top",
    wrap: true,
  },
};
