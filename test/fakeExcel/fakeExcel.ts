/**
 * An in-memory Excel for testing the Office.js host: the part of the Excel JavaScript API the
 * add-in uses, strict where Excel is strict. Every call queues an operation; `context.sync()`
 * runs the queue in order, so an operation that fails leaves the earlier ones applied and drops
 * the later ones, as Excel does. See README.md beside this file.
 */
import { a1, columnNumber, parseRange, quoteSheet } from "../../src/domain/address";
import { FakeOfficeError, notLoaded } from "./errors";
import {
  emptyCell,
  emptySheet,
  type CellState,
  type SheetState,
  type WorkbookState,
} from "./state";
import { typedInput } from "./typedInput";

export { FakeOfficeError };

interface Op {
  kind: string;
  /** Requirement set the operation needs (ExcelApi 1.x). */
  version: number;
  size: number;
  run: () => void;
}

type Area = { top: number; left: number; bottom: number; right: number };

export interface FakeExcelOptions {
  /** Highest ExcelApi minor version the host supports (1.7 = Office 2019). @default 17 */
  apiVersion?: number;
}

/** The fake host: the state, counters, fault injection, and `run` / `supports` for the add-in. */
export class FakeExcel {
  state: WorkbookState = { sheets: [], names: [], activeSheetId: null, selection: null, nextId: 1 };
  syncs = 0;
  /** Every operation run, in order, across syncs and runs. */
  readonly ops: string[] = [];
  private opIndex = 0;
  /** Fail the operation with this global index (once). */
  failAtOp: number | null = null;
  /** Fail the sync with this number (1-based, once), before it runs anything. */
  failAtSync: number | null = null;
  failCode = "GeneralException";
  /** The workbook's structure is protected: sheets cannot be added, deleted or renamed. */
  workbookProtected = false;
  /** A host that refuses a method call on a null object (InvalidOperation) instead of chaining. */
  refuseNullChains = false;
  /** Excel is editing a cell: every sync fails. */
  cellEditMode = false;
  /** Excel on the web rejects requests over 5 MB. */
  payloadLimit = 5 * 1024 * 1024;
  readonly apiVersion: number;

  constructor(options: FakeExcelOptions = {}) {
    this.apiVersion = options.apiVersion ?? 17;
  }

  readonly run = async <T>(batch: (context: Excel.RequestContext) => Promise<T>): Promise<T> => {
    const context = new FakeContext(this);
    return batch(context as unknown as Excel.RequestContext);
  };

  readonly supports = (version: string): boolean => minor(version) <= this.apiVersion;

  /** The state as JSON, to compare before and after. */
  snapshot(): string {
    return JSON.stringify(this.state);
  }

  addSheet(name: string, rows: (string | number | boolean | null)[][] = []): SheetState {
    const sheet = emptySheet(String(this.state.nextId++), name);
    rows.forEach((row, r) =>
      row.forEach((v, c) => {
        if (v === null) return;
        const cell = emptyCell();
        if (typeof v === "string" && /^#(REF!|DIV\/0!|N\/A|VALUE!|NAME\?)$/.test(v)) cell.error = v;
        else cell.value = v;
        sheet.cells[key(r + 1, c + 1)] = cell;
      }),
    );
    this.state.sheets.push(sheet);
    this.state.activeSheetId ??= sheet.id;
    return sheet;
  }

  sheet(name: string): SheetState | undefined {
    return this.state.sheets.find((s) => s.name === name);
  }

  /** Runs one sync's operations: the whole of Excel's batch semantics lives here. */
  execute(ops: Op[]): void {
    this.syncs++;
    if (this.cellEditMode)
      throw new FakeOfficeError("InvalidOperationInCellEditMode", "Excel is in cell-editing mode.");
    if (this.failAtSync === this.syncs) {
      this.failAtSync = null;
      throw new FakeOfficeError(this.failCode, `sync ${this.syncs} failed (injected)`);
    }
    const size = ops.reduce((s, op) => s + op.size, 0);
    if (size > this.payloadLimit)
      throw new FakeOfficeError(
        "RequestPayloadSizeLimitExceeded",
        `request of ${size} bytes exceeds the limit`,
      );
    for (const op of ops) {
      const index = this.opIndex++;
      this.ops.push(op.kind);
      if (op.version > this.apiVersion)
        throw new FakeOfficeError("ApiNotFound", `${op.kind} needs ExcelApi 1.${op.version}`);
      if (this.failAtOp === index) {
        this.failAtOp = null;
        throw new FakeOfficeError(this.failCode, `${op.kind} failed (injected)`);
      }
      op.run();
    }
  }
}

const minor = (version: string) => Number(version.split(".")[1] ?? version);
export const key = (row: number, col: number) => `${row},${col}`;

class FakeContext {
  queue: Op[] = [];
  readonly workbook: FakeWorkbook;
  constructor(readonly fake: FakeExcel) {
    this.workbook = new FakeWorkbook(this);
  }
  async sync(): Promise<void> {
    const ops = this.queue;
    this.queue = [];
    this.fake.execute(ops);
  }
  enqueue(kind: string, version: number, payload: unknown, run: () => void): void {
    this.queue.push({
      kind,
      version,
      size: payload === undefined ? 32 : JSON.stringify(payload).length,
      run,
    });
  }
  get state(): WorkbookState {
    return this.fake.state;
  }
}

/** A proxy resolves to its object when its first operation runs, and keeps it (renames included). */
abstract class ClientObject<T> {
  private target: T | null | undefined = undefined;
  private checked = false;
  protected readonly loaded = new Map<string, unknown>();
  constructor(
    protected readonly ctx: FakeContext,
    private readonly resolver: () => T | null,
  ) {}
  resolve(): T | null {
    if (this.target === undefined) this.target = this.resolver();
    return this.target;
  }
  bind(target: T): void {
    this.target = target;
  }
  protected must(): T {
    const t = this.resolve();
    if (t === null)
      throw new FakeOfficeError(
        "ItemNotFound",
        `${this.constructor.name}: the object does not exist`,
      );
    return t;
  }
  get isNullObject(): boolean {
    if (!this.checked) throw notLoaded("isNullObject");
    return this.target === null;
  }
  get context(): FakeContext {
    return this.ctx;
  }
  load(props?: string | string[]): this {
    const list = (Array.isArray(props) ? props : (props ?? "").split(","))
      .map((p) => p.trim())
      .filter(Boolean);
    this.ctx.enqueue(`${this.constructor.name}.load`, 1, list, () => {
      this.checked = true;
      const t = this.resolve();
      if (t === null) return;
      for (const p of list) this.loaded.set(p, this.read(t, p));
    });
    return this;
  }
  protected abstract read(target: T, prop: string): unknown;
  protected get<V>(prop: string): V {
    if (!this.loaded.has(prop)) throw notLoaded(prop);
    return this.loaded.get(prop) as V;
  }
  /** Queues a write to the resolved object. */
  protected write(kind: string, version: number, payload: unknown, fn: (t: T) => void): void {
    this.ctx.enqueue(kind, version, payload, () => fn(this.must()));
  }
}

class FakeTables extends ClientObject<WorkbookState> {
  constructor(ctx: FakeContext) {
    super(ctx, () => ctx.state);
  }
  protected read(state: WorkbookState, prop: string): unknown {
    if (prop === "items/name") return state.sheets.flatMap((s) => s.tables.map((t) => t.name));
    throw new FakeOfficeError("InvalidArgument", `unknown property ${prop}`);
  }
  get items(): { name: string }[] {
    return this.get<string[]>("items/name").map((name) => ({ name }));
  }
}

class FakeWorkbook {
  /** The selected range of the active sheet (state.selection, else A1). */
  getSelectedRange(): FakeRange {
    return new FakeRange(
      this.ctx,
      () => {
        const state = this.ctx.state;
        const sheet = state.sheets.find((s) => s.id === state.activeSheetId) ?? state.sheets[0];
        if (!sheet) throw new FakeOfficeError("ItemNotFound", "no sheet");
        const address = state.selection?.split("!").pop() ?? "A1";
        const area = parseRange(address);
        if (!area) throw new FakeOfficeError("InvalidArgument", `invalid selection ${address}`);
        return { sheet, areas: [area] };
      },
      "selection",
    );
  }
  readonly worksheets: FakeWorksheetCollection;
  readonly names: FakeNames;
  readonly tables: FakeTables;
  readonly application: { suspendApiCalculationUntilNextSync: () => void };
  constructor(private readonly ctx: FakeContext) {
    this.worksheets = new FakeWorksheetCollection(ctx);
    this.names = new FakeNames(ctx);
    this.tables = new FakeTables(ctx);
    this.application = {
      suspendApiCalculationUntilNextSync: () =>
        ctx.enqueue(
          "Application.suspendApiCalculationUntilNextSync",
          6,
          undefined,
          () => undefined,
        ),
    };
  }
}

const INVALID_NAME = /[[\]:*?/\\]/;

function checkSheetName(state: WorkbookState, name: string, except?: SheetState): void {
  if (
    name.length === 0 ||
    name.length > 31 ||
    INVALID_NAME.test(name) ||
    name.startsWith("'") ||
    name.endsWith("'")
  ) {
    throw new FakeOfficeError("InvalidArgument", `invalid worksheet name: ${name}`);
  }
  if (state.sheets.some((s) => s !== except && s.name.toLowerCase() === name.toLowerCase())) {
    throw new FakeOfficeError("ItemAlreadyExists", `a worksheet named ${name} already exists`);
  }
}

class FakeWorksheetCollection extends ClientObject<WorkbookState> {
  constructor(ctx: FakeContext) {
    super(ctx, () => ctx.state);
  }
  protected read(state: WorkbookState, prop: string): unknown {
    if (prop.startsWith("items/")) return state.sheets.map((s) => s);
    throw new FakeOfficeError("InvalidArgument", `unknown property ${prop}`);
  }
  get items(): FakeWorksheet[] {
    const sheets = [...this.loaded.entries()].find(([k]) => k.startsWith("items/"))?.[1] as
      SheetState[] | undefined;
    if (!sheets) throw notLoaded("items");
    const props = [...this.loaded.keys()].map((k) => k.replace(/^items\//, ""));
    return sheets.map((s) => {
      const ws = new FakeWorksheet(this.ctx, () => s);
      ws.preload(s, props);
      return ws;
    });
  }
  add(name: string): FakeWorksheet {
    const ws = new FakeWorksheet(this.ctx, () => null);
    this.ctx.enqueue("WorksheetCollection.add", 1, name, () => {
      guardStructure(this.ctx);
      const state = this.ctx.state;
      checkSheetName(state, name);
      const sheet = emptySheet(String(state.nextId++), name);
      state.sheets.push(sheet);
      ws.bind(sheet);
    });
    return ws;
  }
  getItem(name: string): FakeWorksheet {
    return new FakeWorksheet(this.ctx, () => {
      const s = this.ctx.state.sheets.find((x) => x.name.toLowerCase() === name.toLowerCase());
      if (!s) throw new FakeOfficeError("ItemNotFound", `no worksheet named ${name}`);
      return s;
    });
  }
  getItemOrNullObject(name: string): FakeWorksheet {
    return new FakeWorksheet(
      this.ctx,
      () => this.ctx.state.sheets.find((x) => x.name.toLowerCase() === name.toLowerCase()) ?? null,
    );
  }
  getActiveWorksheet(): FakeWorksheet {
    return new FakeWorksheet(this.ctx, () => {
      const state = this.ctx.state;
      const s = state.sheets.find((x) => x.id === state.activeSheetId) ?? state.sheets[0];
      if (!s) throw new FakeOfficeError("ItemNotFound", "no sheet");
      return s;
    });
  }
  getFirst(): FakeWorksheet {
    return new FakeWorksheet(this.ctx, () => {
      const s = this.ctx.state.sheets[0];
      if (!s) throw new FakeOfficeError("ItemNotFound", "the workbook has no worksheet");
      return s;
    });
  }
}

class FakeWorksheet extends ClientObject<SheetState> {
  preload(s: SheetState, props: string[]): void {
    for (const p of props) this.loaded.set(p, this.read(s, p));
  }
  protected read(s: SheetState, prop: string): unknown {
    switch (prop) {
      case "name":
        return s.name;
      case "id":
        return s.id;
      case "visibility":
        return s.visibility;
      case "position":
        return this.ctx.state.sheets.indexOf(s);
      default:
        throw new FakeOfficeError("InvalidArgument", `Worksheet has no property ${prop}`);
    }
  }
  get name(): string {
    return this.get("name");
  }
  set name(value: string) {
    this.write("Worksheet.name.set", 1, value, (s) => {
      guardStructure(this.ctx);
      checkSheetName(this.ctx.state, value, s);
      s.name = value;
    });
  }
  get id(): string {
    return this.get("id");
  }
  get visibility(): string {
    return this.get("visibility");
  }
  /** Hiding needs an unprotected structure and leaves at least one sheet visible. */
  set visibility(value: string) {
    this.write("Worksheet.visibility.set", 1, value, (s) => {
      guardStructure(this.ctx);
      const others = this.ctx.state.sheets.filter((x) => x.visibility === "Visible" && x !== s);
      if (value !== "Visible" && others.length === 0)
        throw new FakeOfficeError("InvalidOperation", "a workbook must keep a visible sheet");
      s.visibility = value as SheetState["visibility"];
    });
  }
  set tabColor(value: string) {
    this.write("Worksheet.tabColor.set", 7, value, (s) => {
      guardProtected(s);
      s.tabColor = value;
    });
  }
  getNextOrNullObject(): FakeWorksheet {
    return new FakeWorksheet(this.ctx, () => {
      const s = this.resolve();
      if (s === null && this.ctx.fake.refuseNullChains)
        throw new FakeOfficeError("InvalidOperation", "method called on a null object");
      if (s === null) return null;
      const sheets = this.ctx.state.sheets;
      return sheets[sheets.indexOf(s) + 1] ?? null;
    });
  }
  getRange(address?: string): FakeRange {
    return new FakeRange(
      this.ctx,
      () => {
        const s = this.must();
        const area = parseAddress(address ?? "A1");
        if (!area) throw new FakeOfficeError("InvalidArgument", `invalid address ${address}`);
        return { sheet: s, areas: [area] };
      },
      address ?? "A1",
    );
  }
  getRanges(addresses: string): FakeRange {
    const range = new FakeRange(
      this.ctx,
      () => {
        const s = this.must();
        const areas = addresses.split(",").map((a) => parseRange(a.trim()));
        if (areas.some((a) => a === null))
          throw new FakeOfficeError("InvalidArgument", `invalid addresses ${addresses}`);
        return { sheet: s, areas: areas as Area[] };
      },
      addresses,
    );
    range.requires = 9;
    return range;
  }
  getUsedRangeOrNullObject(valuesOnly?: boolean): FakeRange {
    return new FakeRange(
      this.ctx,
      () => {
        const s = this.resolve();
        if (s === null) return null;
        const area = usedArea(s, valuesOnly ?? false);
        return area ? { sheet: s, areas: [area] } : null;
      },
      "used",
    );
  }
  activate(): void {
    this.write("Worksheet.activate", 1, undefined, (s) => {
      if (s.visibility !== "Visible")
        throw new FakeOfficeError("InvalidOperation", "a hidden sheet cannot be activated");
      this.ctx.state.activeSheetId = s.id;
    });
  }
  delete(): void {
    this.write("Worksheet.delete", 1, undefined, (s) => {
      guardStructure(this.ctx);
      const state = this.ctx.state;
      if (state.sheets.filter((x) => x.visibility === "Visible" && x !== s).length === 0) {
        throw new FakeOfficeError(
          "InvalidOperation",
          "a workbook must keep at least one visible sheet",
        );
      }
      state.sheets.splice(state.sheets.indexOf(s), 1);
      for (const n of state.names) if (n.sheetId === s.id) n.sheetId = null;
      if (state.activeSheetId === s.id) state.activeSheetId = state.sheets[0]?.id ?? null;
    });
  }
  get freezePanes() {
    return {
      freezeRows: (count: number) =>
        this.write("WorksheetFreezePanes.freezeRows", 7, count, (s) => {
          s.freeze = `rows:${count}`;
        }),
      freezeAt: (range: FakeRange) =>
        this.write("WorksheetFreezePanes.freezeAt", 7, undefined, (s) => {
          s.freeze = `at:${range.areaAddress()}`;
        }),
    };
  }
  get tables() {
    return {
      add: (address: string, hasHeaders: boolean) => {
        const table = new FakeTable(this.ctx, () => null);
        this.write("TableCollection.add", 1, [address, hasHeaders], (s) => {
          guardProtected(s);
          const area = parseRange(address);
          if (!area) throw new FakeOfficeError("InvalidArgument", `invalid address ${address}`);
          if (s.merges.some((m) => overlaps(parseRange(m) as Area, area))) {
            throw new FakeOfficeError("InvalidArgument", "a table cannot overlap merged cells");
          }
          if (s.tables.some((t) => overlaps(parseRange(t.range) as Area, area)))
            throw new FakeOfficeError("InvalidArgument", "tables cannot overlap");
          const record = {
            name: `Table${this.ctx.state.nextId++}`,
            range: address,
            style: "TableStyleMedium2",
            showBandedRows: true,
          };
          s.tables.push(record);
          table.bind(record);
        });
        return table;
      },
    };
  }
  get charts() {
    return {
      add: (type: string, source: FakeRange, seriesBy: string) => {
        const chart = new FakeChart(this.ctx, () => null);
        this.write("ChartCollection.add", 1, [type, seriesBy], (s) => {
          guardProtected(s);
          const record: Record<string, unknown> = {
            type,
            source: source.areaAddress(),
            seriesBy,
            series: [{ values: source.areaAddress() }],
          };
          s.charts.push(record);
          chart.bind(record);
        });
        return chart;
      },
    };
  }
  get pageLayout() {
    return pageLayoutProxy(this);
  }
  get horizontalPageBreaks() {
    return {
      add: (address: string) =>
        this.write("PageBreakCollection.add", 9, address, (s) => {
          s.pageBreaks.push(address);
        }),
      removePageBreaks: () =>
        this.write("PageBreakCollection.removePageBreaks", 9, null, (s) => {
          s.pageBreaks.length = 0;
        }),
    };
  }
  get customProperties() {
    return {
      add: (k: string, v: string) =>
        this.write("WorksheetCustomPropertyCollection.add", 12, [k, v], (s) => {
          s.customProperties[k] = v;
        }),
    };
  }
  /** For the page-layout helper: queue a write on this sheet. */
  writeSheet(kind: string, version: number, payload: unknown, fn: (s: SheetState) => void): void {
    this.write(kind, version, payload, fn);
  }
}

function pageLayoutProxy(ws: FakeWorksheet) {
  const set = (prop: string) => (value: unknown) =>
    ws.writeSheet(`PageLayout.${prop}.set`, 9, value, (s) => {
      s.pageLayout[prop] = value;
    });
  const layout = {
    setPrintTitleRows: (rows: string) => set("printTitleRows")(rows),
    setPrintArea: (area: string) => set("printArea")(area),
    headersFooters: {
      defaultForAllPages: new Proxy({} as Record<string, string>, {
        set: (_t, prop: string, value) => {
          set(`footer.${prop}`)(value);
          return true;
        },
      }),
    },
  };
  return new Proxy(layout as Record<string, unknown>, {
    set: (_t, prop: string, value) => {
      set(prop)(value);
      return true;
    },
  });
}

const MAX_ROWS = 1048576;
const MAX_COLS = 16384;

/** A1 ranges, whole columns ("A:C") and whole rows ("5:7"), as Excel takes them. */
function parseAddress(address: string): Area | null {
  const cols = /^\$?([A-Z]{1,3}):\$?([A-Z]{1,3})$/.exec(address);
  if (cols)
    return {
      top: 1,
      bottom: MAX_ROWS,
      left: columnNumber(cols[1] as string),
      right: columnNumber(cols[2] as string),
    };
  const rows = /^\$?(\d+):\$?(\d+)$/.exec(address);
  if (rows) return { top: Number(rows[1]), bottom: Number(rows[2]), left: 1, right: MAX_COLS };
  return parseRange(address);
}

function guardStructure(ctx: FakeContext): void {
  if (ctx.fake.workbookProtected)
    throw new FakeOfficeError("AccessDenied", "the workbook's structure is protected");
}

function guardProtected(s: SheetState): void {
  if (s.protected) throw new FakeOfficeError("AccessDenied", `the sheet ${s.name} is protected`);
}

function overlaps(a: Area, b: Area): boolean {
  return a.left <= b.right && b.left <= a.right && a.top <= b.bottom && b.top <= a.bottom;
}

function usedArea(s: SheetState, valuesOnly: boolean): Area | null {
  let area: Area | null = null;
  for (const [k, cell] of Object.entries(s.cells)) {
    const blank = cell.value === null && cell.formula === null && cell.error === null;
    if (blank && (valuesOnly || Object.keys(cell.format).length === 0)) continue;
    const [r, c] = k.split(",").map(Number) as [number, number];
    area = area
      ? {
          top: Math.min(area.top, r),
          left: Math.min(area.left, c),
          bottom: Math.max(area.bottom, r),
          right: Math.max(area.right, c),
        }
      : { top: r, left: c, bottom: r, right: c };
  }
  return area;
}

interface RangeTarget {
  sheet: SheetState;
  areas: Area[];
}

type Matrix = unknown[][];

class FakeRange extends ClientObject<RangeTarget> {
  requires = 1;
  constructor(
    ctx: FakeContext,
    resolver: () => RangeTarget | null,
    private readonly label: string,
  ) {
    super(ctx, resolver);
  }
  areaAddress(): string {
    const t = this.resolve();
    return t
      ? t.areas.map((a) => `${a1(a.top, a.left)}:${a1(a.bottom, a.right)}`).join(",")
      : this.label;
  }
  protected read(t: RangeTarget, prop: string): unknown {
    const area = t.areas[0] as Area;
    const grid = <V>(fn: (cell: CellState) => V): V[][] => {
      const out: V[][] = [];
      for (let r = area.top; r <= area.bottom; r++) {
        const row: V[] = [];
        for (let c = area.left; c <= area.right; c++)
          row.push(fn(t.sheet.cells[key(r, c)] ?? emptyCell()));
        out.push(row);
      }
      return out;
    };
    switch (prop) {
      case "address":
        return `${/^[A-Za-z0-9_]+$/.test(t.sheet.name) ? t.sheet.name : quoteSheet(t.sheet.name)}!${a1(area.top, area.left)}:${a1(area.bottom, area.right)}`;
      case "values":
        return grid((c) => c.error ?? c.value ?? "");
      case "valueTypes":
        return grid((c) =>
          c.error
            ? "Error"
            : c.value === null
              ? "Empty"
              : typeof c.value === "number"
                ? "Double"
                : typeof c.value === "boolean"
                  ? "Boolean"
                  : "String",
        );
      case "formulas":
        return grid((c) => c.formula ?? c.error ?? c.value ?? "");
      case "numberFormat":
        return grid((c) => c.numberFormat);
      case "rowCount":
        return area.bottom - area.top + 1;
      case "columnCount":
        return area.right - area.left + 1;
      default:
        throw new FakeOfficeError("InvalidArgument", `Range has no property ${prop}`);
    }
  }
  get address(): string {
    return this.get("address");
  }
  get values(): Matrix {
    return this.get("values");
  }
  set values(m: Matrix) {
    this.setCells("Range.values.set", m, (cell, v) => writeTyped(cell, v));
  }
  get valueTypes(): string[][] {
    return this.get("valueTypes");
  }
  get formulas(): Matrix {
    return this.get("formulas");
  }
  set formulas(m: Matrix) {
    this.setCells("Range.formulas.set", m, (cell, v) => writeTyped(cell, v));
  }
  get numberFormat(): Matrix {
    return this.get("numberFormat");
  }
  set numberFormat(m: Matrix) {
    this.setCells("Range.numberFormat.set", m, (cell, v) => {
      cell.numberFormat = String(v);
    });
  }
  private setCells(kind: string, m: Matrix, fn: (cell: CellState, v: unknown) => void): void {
    this.write(kind, 1, m, (t) => {
      guardProtected(t.sheet);
      const area = t.areas[0] as Area;
      const rows = area.bottom - area.top + 1;
      const cols = area.right - area.left + 1;
      if (
        !Array.isArray(m) ||
        m.length !== rows ||
        m.some((row) => !Array.isArray(row) || row.length !== cols)
      ) {
        throw new FakeOfficeError(
          "InvalidArgument",
          `The number of rows or columns in the input array doesn't match the size or dimensions of the range (${rows}×${cols}).`,
        );
      }
      m.forEach((row, r) =>
        row.forEach((v, c) => {
          const k = key(area.top + r, area.left + c);
          const cell = (t.sheet.cells[k] ??= emptyCell());
          fn(cell, v);
        }),
      );
    });
  }
  merge(across?: boolean): void {
    this.write("Range.merge", 1, across, (t) => {
      guardProtected(t.sheet);
      const area = t.areas[0] as Area;
      if (t.sheet.merges.some((m) => overlaps(parseRange(m) as Area, area)))
        throw new FakeOfficeError("InvalidArgument", "merged areas cannot overlap");
      if (t.sheet.tables.some((tb) => overlaps(parseRange(tb.range) as Area, area)))
        throw new FakeOfficeError("InvalidOperation", "cells in a table cannot be merged");
      for (let r = area.top; r <= area.bottom; r++) {
        for (let c = area.left; c <= area.right; c++) {
          if (r === area.top && c === area.left) continue;
          const cell = t.sheet.cells[key(r, c)];
          if (cell) Object.assign(cell, { value: null, formula: null, error: null });
        }
      }
      t.sheet.merges.push(`${a1(area.top, area.left)}:${a1(area.bottom, area.right)}`);
    });
  }
  select(): void {
    this.write("Range.select", 1, undefined, (t) => {
      this.ctx.state.selection = `${quoteSheet(t.sheet.name)}!${this.areaAddress()}`;
    });
  }
  getMergedAreasOrNullObject(): FakeRange {
    return new FakeRange(
      this.ctx,
      () => {
        const t = this.resolve();
        if (!t) return null;
        const area = t.areas[0] as Area;
        const areas = t.sheet.merges
          .map((m) => parseRange(m) as Area)
          .filter((m) => overlaps(m, area));
        return areas.length ? { sheet: t.sheet, areas } : null;
      },
      "merged",
    );
  }
  get format(): Record<string, unknown> {
    return formatProxy(this, "");
  }
  get conditionalFormats() {
    return {
      add: (type: string) => {
        const record: Record<string, unknown> = { type, range: this.label };
        this.write("ConditionalFormatCollection.add", 6, type, (t) => {
          guardProtected(t.sheet);
          record.range = this.areaAddress();
          t.sheet.conditionalFormats.push(record);
        });
        const sub = (name: string) =>
          recordingProxy(this.ctx, `ConditionalFormat.${name}`, record, name);
        return { dataBar: sub("dataBar"), cellValue: sub("cellValue") };
      },
    };
  }
  get dataValidation() {
    const queue = (rule: unknown) =>
      this.write("DataValidation.rule.set", 8, rule, (t) => {
        t.sheet.validations.push({ range: this.areaAddress(), rule });
      });
    return {
      set rule(rule: unknown) {
        queue(rule);
      },
    };
  }
  /** For format proxies: apply a value to every cell (or column, or row) of every area. */
  applyFormat(path: string, value: unknown): void {
    const version = path === "indentLevel" ? 9 : this.requires;
    this.write(`RangeFormat.${path}.set`, version, value, (t) => {
      guardProtected(t.sheet);
      for (const area of t.areas) {
        if (path === "columnWidth") {
          for (let c = area.left; c <= area.right; c++) t.sheet.columnWidths[c] = Number(value);
          continue;
        }
        if (path === "rowHeight") {
          for (let r = area.top; r <= area.bottom; r++) t.sheet.rowHeights[r] = Number(value);
          continue;
        }
        for (let r = area.top; r <= area.bottom; r++) {
          for (let c = area.left; c <= area.right; c++) {
            const cell = (t.sheet.cells[key(r, c)] ??= emptyCell());
            cell.format[path] = value;
          }
        }
      }
    });
  }
}

/** range.format, range.format.font, range.format.borders.getItem(edge), …: setters only. */
function formatProxy(range: FakeRange, path: string): Record<string, unknown> {
  const children = new Set(["font", "fill", "borders"]);
  return new Proxy({} as Record<string, unknown>, {
    get: (_t, prop: string) => {
      if (children.has(prop)) return formatProxy(range, `${path}${prop}.`);
      if (prop === "getItem") return (edge: string) => formatProxy(range, `${path}${edge}.`);
      throw notLoaded(`${path}${prop}`);
    },
    set: (_t, prop: string, value) => {
      range.applyFormat(`${path}${prop}`, value);
      return true;
    },
  });
}

/** A child object whose property sets are recorded into a parent record (chart, CF). */
function recordingProxy(
  ctx: FakeContext,
  kind: string,
  record: Record<string, unknown>,
  path: string,
): Record<string, unknown> {
  return new Proxy({} as Record<string, unknown>, {
    get: (_t, prop: string) => {
      if (typeof prop !== "string") return undefined;
      return recordingProxy(ctx, kind, record, `${path}.${prop}`);
    },
    set: (_t, prop: string, value) => {
      ctx.enqueue(`${kind}.${prop}.set`, 1, value, () => {
        record[`${path}.${prop}`] = value;
      });
      return true;
    },
  });
}

function writeTyped(cell: CellState, v: unknown): void {
  cell.error = null;
  if (v === null || v === undefined || v === "") {
    cell.value = null;
    cell.formula = null;
    return;
  }
  if (typeof v === "number" || typeof v === "boolean") {
    cell.value = v;
    cell.formula = null;
    return;
  }
  if (typeof v !== "string")
    throw new FakeOfficeError("InvalidArgument", `cannot write ${typeof v} to a cell`);
  const read = typedInput(v, cell.numberFormat);
  cell.value = read.value;
  cell.formula = read.formula;
}

class FakeTable extends ClientObject<{ name: string; style: string; showBandedRows: boolean }> {
  protected read(t: { name: string }, prop: string): unknown {
    if (prop === "name") return t.name;
    throw new FakeOfficeError("InvalidArgument", `Table has no property ${prop}`);
  }
  set name(value: string) {
    this.write("Table.name.set", 1, value, (t) => {
      const taken = this.ctx.state.sheets.some((s) =>
        s.tables.some((x) => x !== t && x.name.toLowerCase() === value.toLowerCase()),
      );
      if (taken || this.ctx.state.names.some((n) => n.name.toLowerCase() === value.toLowerCase())) {
        throw new FakeOfficeError("ItemAlreadyExists", `a table or name ${value} already exists`);
      }
      t.name = value;
    });
  }
  set style(value: string) {
    this.write("Table.style.set", 1, value, (t) => (t.style = value));
  }
  set showBandedRows(value: boolean) {
    this.write("Table.showBandedRows.set", 1, value, (t) => (t.showBandedRows = value));
  }
}

class FakeChart extends ClientObject<Record<string, unknown>> {
  protected read(): unknown {
    throw new FakeOfficeError("InvalidArgument", "Chart properties are not readable in the fake");
  }
  get title() {
    return recordingProxy(this.ctx, "Chart.title", this.record(), "title");
  }
  get legend() {
    return recordingProxy(this.ctx, "Chart.legend", this.record(), "legend");
  }
  get axes() {
    return recordingProxy(this.ctx, "Chart.axes", this.record(), "axes");
  }
  get dataLabels() {
    return recordingProxy(this.ctx, "Chart.dataLabels", this.record(), "dataLabels");
  }
  setPosition(from: string, to: string): void {
    this.write("Chart.setPosition", 1, [from, to], (c) => {
      c.position = `${from}:${to}`;
    });
  }
  get series() {
    const chart = { write: this.write.bind(this) };
    const seriesProxy = (index: () => number) => ({
      set name(value: string) {
        chart.write(
          "ChartSeries.name.set",
          1,
          value,
          (c) =>
            (((c.series as Record<string, unknown>[])[index()] as Record<string, unknown>).name =
              value),
        );
      },
      setValues(range: FakeRange) {
        chart.write(
          "ChartSeries.setValues",
          7,
          undefined,
          (c) =>
            (((c.series as Record<string, unknown>[])[index()] as Record<string, unknown>).values =
              range.areaAddress()),
        );
      },
      setXAxisValues(range: FakeRange) {
        chart.write(
          "ChartSeries.setXAxisValues",
          7,
          undefined,
          (c) =>
            ((
              (c.series as Record<string, unknown>[])[index()] as Record<string, unknown>
            ).categories = range.areaAddress()),
        );
      },
      format: {
        fill: {
          setSolidColor(color: string) {
            chart.write(
              "ChartFill.setSolidColor",
              1,
              color,
              (c) =>
                ((
                  (c.series as Record<string, unknown>[])[index()] as Record<string, unknown>
                ).color = color),
            );
          },
        },
      },
    });
    return {
      getItemAt: (i: number) => seriesProxy(() => i),
      add: (name: string) => {
        let at = -1;
        this.write("ChartSeriesCollection.add", 7, name, (c) => {
          const list = c.series as Record<string, unknown>[];
          list.push({ name });
          at = list.length - 1;
        });
        return seriesProxy(() => at);
      },
    };
  }
  private record(): Record<string, unknown> {
    const must = () => this.must();
    return new Proxy({} as Record<string, unknown>, {
      set: (_t, prop: string, value) => {
        (must() as Record<string, unknown>)[prop] = value;
        return true;
      },
    });
  }
}

class FakeNamedItem extends ClientObject<{
  name: string;
  sheetId: string | null;
  address: string;
}> {
  protected read(
    n: { name: string; sheetId: string | null; address: string },
    prop: string,
  ): unknown {
    switch (prop) {
      case "name":
        return n.name;
      case "type":
        return n.sheetId ? "Range" : "Error";
      case "formula": {
        const sheet = this.ctx.state.sheets.find((s) => s.id === n.sheetId);
        return sheet ? `=${quoteSheet(sheet.name)}!${absolute(n.address)}` : "=#REF!";
      }
      default:
        throw new FakeOfficeError("InvalidArgument", `NamedItem has no property ${prop}`);
    }
  }
  preload(n: { name: string; sheetId: string | null; address: string }, props: string[]): void {
    for (const p of props) this.loaded.set(p, this.read(n, p));
  }
  get name(): string {
    return this.get("name");
  }
  get formula(): string {
    return this.get("formula");
  }
  get type(): string {
    return this.get("type");
  }
  delete(): void {
    this.write("NamedItem.delete", 4, undefined, (n) => {
      const names = this.ctx.state.names;
      names.splice(names.indexOf(n as never), 1);
    });
  }
}

const absolute = (address: string) => address.replace(/([A-Z]+)(\d+)/g, "$$$1$$$2");

class FakeNames extends ClientObject<WorkbookState> {
  constructor(ctx: FakeContext) {
    super(ctx, () => ctx.state);
  }
  protected read(state: WorkbookState, prop: string): unknown {
    if (prop.startsWith("items/")) return [...state.names];
    throw new FakeOfficeError("InvalidArgument", `unknown property ${prop}`);
  }
  get items(): FakeNamedItem[] {
    const names = [...this.loaded.entries()].find(([k]) => k.startsWith("items/"))?.[1] as
      WorkbookState["names"] | undefined;
    if (!names) throw notLoaded("items");
    const props = [...this.loaded.keys()].map((k) => k.replace(/^items\//, ""));
    return names.map((n) => {
      const item = new FakeNamedItem(this.ctx, () => n);
      item.preload(n, props);
      return item;
    });
  }
  add(name: string, reference: FakeRange | string): FakeNamedItem {
    const item = new FakeNamedItem(this.ctx, () => null);
    this.ctx.enqueue("NamedItemCollection.add", 4, name, () => {
      const state = this.ctx.state;
      if (!/^[A-Za-z_\\][A-Za-z0-9_.]*$/.test(name) || /^[A-Za-z]{1,3}\d+$/.test(name))
        throw new FakeOfficeError("InvalidArgument", `invalid name ${name}`);
      if (state.names.some((n) => n.name.toLowerCase() === name.toLowerCase()))
        throw new FakeOfficeError("ItemAlreadyExists", `the name ${name} already exists`);
      if (typeof reference === "string")
        throw new FakeOfficeError("InvalidArgument", "the fake takes ranges only");
      const target = reference.resolve();
      if (!target) throw new FakeOfficeError("InvalidArgument", "the reference does not exist");
      const area = target.areas[0] as Area;
      const record = { name, sheetId: target.sheet.id, address: `${a1(area.top, area.left)}` };
      state.names.push(record);
      state.names.sort((x, y) => x.name.toLowerCase().localeCompare(y.name.toLowerCase())); // Excel keeps names in order
      item.bind(record);
    });
    return item;
  }
  getItem(name: string): FakeNamedItem {
    return new FakeNamedItem(this.ctx, () => {
      const n = this.ctx.state.names.find((x) => x.name.toLowerCase() === name.toLowerCase());
      if (!n) throw new FakeOfficeError("ItemNotFound", `no name ${name}`);
      return n;
    });
  }
}
