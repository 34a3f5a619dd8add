import { cellRef, parseRange } from "../address";
import type { Finding, Grid, GridValue, Observed, RowKey } from "../types";
import { msg } from "../messages";
import { classifyLabel, keyString } from "./classifyLabel";
import { findHeaderRoles, withDeltaYears, type ColumnRole } from "./headerRoles";
import { readScoreCell } from "./readCell";
import { findYear, toBuddhistYear } from "./text";
import type { DeltaObservation, ParsedItem, ParsedWorkbook } from "./types";
import { findUnit } from "./findUnit";
import { describeKey } from "./describeKey";

interface RawScore {
  key: RowKey;
  year: number;
  value: number;
  cell: string;
}

interface Label {
  column: number;
  key: RowKey;
  text: string;
}

/**
 * Reads every ITA score in a workbook's grids, without configuration: indicator and item rows
 * mixed, one table per year, tables side by side, long tables (year | code | score), BE or CE
 * year headers, Thai digits, numbers as text, merged cells, notes around the tables. Generated
 * sheets (ours) are skipped. What cannot be read becomes a finding with its cell.
 */
export function parseWorkbook(grids: readonly Grid[]): ParsedWorkbook {
  const raw: RawScore[] = [];
  const items = new Map<string, ParsedItem>();
  const deltas: DeltaObservation[] = [];
  const findings: Finding[] = [];
  const sheets: string[] = [];

  for (const grid of grids) {
    if (grid.generated) continue;
    sheets.push(grid.name);
    const before = raw.length;
    readSheet(grid, { raw, items, deltas, findings });
    if (raw.length > before && grid.visibility && grid.visibility !== "visible") {
      findings.push({
        severity: "info",
        rule: "hidden-sheet",
        cell: raw[before]?.cell ?? null,
        message: msg.hiddenSheet(grid.name),
      });
    }
  }

  const scores: Record<string, Record<number, Observed>> = {};
  const groups = new Map<string, RawScore[]>();
  for (const r of raw) {
    const id = `${keyString(r.key)}@${r.year}`;
    const list = groups.get(id) ?? [];
    list.push(r);
    groups.set(id, list);
  }
  for (const list of groups.values()) {
    const first = list[0] as RawScore;
    const distinct = [...new Set(list.map((r) => r.value))];
    if (distinct.length > 1) {
      for (const r of list) {
        findings.push({
          severity: "error",
          rule: "conflict",
          cell: r.cell,
          message: msg.conflict(
            describeKey(first.key),
            first.year,
            list.map((x) => `${x.value} ${x.cell}`).join(", "),
          ),
          found: r.value,
        });
      }
      continue;
    }
    const byYear = (scores[keyString(first.key)] ??= {});
    byYear[first.year] = { value: first.value, cell: first.cell };
  }

  const years = [...new Set(raw.map((r) => r.year))].sort((a, b) => a - b);
  return {
    unit: findUnit(grids),
    years,
    scores,
    items: [...items.values()],
    deltas,
    findings,
    sheets,
  };
}

interface Sink {
  raw: RawScore[];
  items: Map<string, ParsedItem>;
  deltas: DeltaObservation[];
  findings: Finding[];
}

function readSheet(grid: Grid, sink: Sink): void {
  const rows = denseRows(grid);
  let contextYear = findYear(grid.name);
  let roles: ColumnRole[] = [];
  let previousWasHeader = false;
  let currentIndicator = new Map<number, number>();
  const reportedUnknownYear = new Set<number>();

  rows.forEach((cells, r) => {
    const rowNumber = grid.top + r;
    const labels = rowLabels(cells, grid.left);
    if (labels.length === 0) {
      const nonEmpty = cells.filter((v) => v !== null && v !== "");
      const header = findHeaderRoles(cells, grid.left, rowNumber);
      if (header.length > 0 && nonEmpty.length >= 2) {
        roles = previousWasHeader ? withDeltaYears(mergeRoles(roles, header)) : header;
        previousWasHeader = true;
        currentIndicator = new Map();
        return;
      }
      if (nonEmpty.length === 1 && typeof nonEmpty[0] === "string") {
        const year = findYear(nonEmpty[0]);
        if (year !== null) contextYear = year;
      }
      previousWasHeader = false;
      return;
    }
    previousWasHeader = false;
    if (roles.length === 0) return;
    const longYearRole = roles.find((role) => role.kind === "yearKey");
    for (const label of labels) {
      if (label.key.kind === "indicator") currentIndicator.set(label.column, label.key.number);
    }
    for (const role of roles) {
      if (role.kind === "yearKey") continue;
      const label = nearestLabel(labels, role.column);
      if (!label) continue;
      const at = (column: number) => cells[column - grid.left] ?? null;
      const cell = cellRef(grid.name, rowNumber, role.column);
      if (label.key.kind === "item") {
        rememberItem(
          sink.items,
          label,
          grid,
          rowNumber,
          longYearRole ? null : indicatorFor(currentIndicator, label.column),
        );
      }
      if (role.kind === "delta") {
        if (role.years.length < 2) continue;
        const read = readScoreCell(at(role.column), cell, { min: -100, max: 100 });
        if (read.kind === "bad") sink.findings.push(read.finding);
        if (read.kind !== "number") continue;
        const [year, previousYear] = role.years as [number, number];
        sink.deltas.push({ key: label.key, year, previousYear, value: read.value, cell });
        continue;
      }
      let year: number | null = role.kind === "year" ? role.year : contextYear;
      if (longYearRole) {
        const yv = at(longYearRole.column);
        year = yearOf(yv);
        if (year === null) {
          if (yv !== null && yv !== "") {
            const where = cellRef(grid.name, rowNumber, longYearRole.column);
            sink.findings.push({
              severity: "warning",
              rule: "year-unreadable",
              cell: where,
              message: msg.yearCellUnreadable(String(yv)),
            });
          }
          continue;
        }
      }
      if (year === null) {
        if (!reportedUnknownYear.has(role.column)) {
          reportedUnknownYear.add(role.column);
          sink.findings.push({
            severity: "warning",
            rule: "year-unknown",
            cell: cellRef(grid.name, role.row, role.column),
            message: msg.yearUnknown(),
          });
        }
        continue;
      }
      const read = readScoreCell(at(role.column), cell, { min: 0, max: 100 });
      if (read.kind === "bad") sink.findings.push(read.finding);
      if (read.kind !== "number") continue;
      sink.raw.push({ key: label.key, year, value: read.value, cell });
    }
  });
}

/** The grid as rows of values, with merged areas holding their value in the top-left cell only. */
function denseRows(grid: Grid): GridValue[][] {
  const rows = grid.values.map((row) => row.slice());
  for (const merge of grid.merges ?? []) {
    const area = parseRange(merge);
    if (!area) continue;
    // Only the part of a merge that lies on the grid: a merge may reach the sheet's last cell.
    const bottom = Math.min(area.bottom, grid.top + rows.length - 1);
    const right = Math.min(area.right, grid.left + (rows[0]?.length ?? 0) - 1);
    for (let r = Math.max(area.top, grid.top); r <= bottom; r++) {
      for (let c = Math.max(area.left, grid.left); c <= right; c++) {
        if (r === area.top && c === area.left) continue;
        const row = rows[r - grid.top];
        if (row && c - grid.left >= 0 && c - grid.left < row.length) row[c - grid.left] = null;
      }
    }
  }
  return rows;
}

function rowLabels(cells: GridValue[], left: number): Label[] {
  const labels: Label[] = [];
  cells.forEach((value, i) => {
    if (typeof value !== "string") return;
    const key = classifyLabel(value);
    if (key) labels.push({ column: left + i, key, text: value });
  });
  return labels;
}

function nearestLabel(labels: Label[], column: number): Label | null {
  let best: Label | null = null;
  for (const label of labels)
    if (label.column < column && (!best || label.column > best.column)) best = label;
  return best;
}

function indicatorFor(current: Map<number, number>, column: number): number | null {
  let best: [number, number] | null = null;
  for (const [col, n] of current) if (col <= column && (!best || col > best[0])) best = [col, n];
  return best ? best[1] : null;
}

function rememberItem(
  items: Map<string, ParsedItem>,
  label: Label,
  grid: Grid,
  row: number,
  indicator: number | null,
): void {
  if (label.key.kind !== "item") return;
  const existing = items.get(label.key.code);
  if (existing) {
    if (existing.indicator === null && indicator !== null) existing.indicator = indicator;
    if (existing.label === null || existing.label.trim().length <= label.key.code.length)
      existing.label = label.text;
    return;
  }
  items.set(label.key.code, {
    code: label.key.code,
    indicator,
    label: label.text,
    cell: cellRef(grid.name, row, label.column),
  });
}

function mergeRoles(previous: ColumnRole[], next: ColumnRole[]): ColumnRole[] {
  const columns = new Set(next.map((r) => r.column));
  return [...previous.filter((r) => !columns.has(r.column)), ...next].sort(
    (a, b) => a.column - b.column,
  );
}

function yearOf(value: GridValue): number | null {
  if (typeof value === "number" && Number.isInteger(value)) return toBuddhistYear(value);
  if (typeof value === "string") return findYear(value);
  return null;
}
