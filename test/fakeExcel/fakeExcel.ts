/**
 * An in-memory Excel for testing the Office.js host: the part of the Excel JavaScript API the
 * add-in uses, strict where Excel is strict. Every call queues an operation; `context.sync()`
 * runs the queue in order, so an operation that fails leaves the earlier ones applied and drops
 * the later ones, as Excel does. The API is split as Office.js splits it: context.ts (batching),
 * workbook.ts, worksheets.ts, range.ts, names.ts, tables.ts, charts.ts, limits.ts,
 * references.ts (formula references between sheets). See README.md beside this file.
 */
import { FakeContext, type Delivery, type Op } from "./context";
import { FakeOfficeError } from "./errors";
import { PAYLOAD_LIMIT } from "./limits";
import { key } from "./range";
import { FakeWorkbook } from "./workbook";
import { emptyCell, emptySheet, sheetIdOf, type SheetState, type WorkbookState } from "./state";

export { FakeOfficeError, key };

export interface FakeExcelOptions {
  /** Highest ExcelApi minor version the host supports (1.7 = Office 2019). @default 17 */
  apiVersion?: number;
}

/** A cell of a sheet given to `addSheet`: a value, an error text ("#REF!"), or a formula with its cached value. */
export type FakeCellInput =
  string | number | boolean | null | { formula: string; value?: string | number | boolean | null };

/** The fake host: the state, counters, limits, fault injection, and `run` / `supports`. */
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
  /** Every operation of this kind fails (e.g. "WorksheetFreezePanes.freezeRows"), each time. */
  failKind: string | null = null;
  failCode = "GeneralException";
  /** The workbook's structure is protected: sheets cannot be added, deleted or renamed. */
  workbookProtected = false;
  /** A method called on a null object throws InvalidOperation instead of giving a null object. */
  strictNullObjects = false;
  /** Excel is editing a cell: every sync throws. */
  cellEditMode = false;
  /** Excel on the web: requests and responses of at most 5 MB. */
  requestLimit = PAYLOAD_LIMIT;
  responseLimit = PAYLOAD_LIMIT;
  /** The largest request and the largest response delivered by any sync so far, in bytes. */
  maxRequestBytes = 0;
  maxResponseBytes = 0;
  /** Responses refused for their size (ResponsePayloadSizeLimitExceeded). */
  refusedResponses = 0;
  readonly apiVersion: number;

  constructor(options: FakeExcelOptions = {}) {
    this.apiVersion = options.apiVersion ?? 17;
  }

  /** @deprecated name kept for older tests: same as strictNullObjects. */
  set refuseNullChains(on: boolean) {
    this.strictNullObjects = on;
  }

  readonly run = async <T>(batch: (context: Excel.RequestContext) => Promise<T>): Promise<T> => {
    const context = new FakeContext(this);
    context.workbook = new FakeWorkbook(context);
    return batch(context as unknown as Excel.RequestContext);
  };

  readonly supports = (version: string): boolean => minor(version) <= this.apiVersion;

  /** The state as JSON, to compare before and after. */
  snapshot(): string {
    return JSON.stringify(this.state);
  }

  addSheet(name: string, rows: FakeCellInput[][] = []): SheetState {
    const sheet = emptySheet(sheetIdOf(this.state.nextId++), name);
    rows.forEach((row, r) =>
      row.forEach((v, c) => {
        if (v === null) return;
        const cell = emptyCell();
        if (typeof v === "object") {
          cell.formula = v.formula;
          cell.value = v.value ?? null;
        } else if (typeof v === "string" && /^#(REF!|DIV\/0!|N\/A|VALUE!|NAME\?)$/.test(v))
          cell.error = v;
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

  /**
   * Runs one sync's operations: the whole of Excel's batch semantics lives here. `wire` is given
   * when the request came over the wire (test/realClient): its size is the body's real bytes,
   * and the response's size is checked by `checkResponse` once the answer is written.
   */
  execute(ops: Op[], wire?: { requestBytes: number }): void {
    this.syncs++;
    if (this.cellEditMode)
      throw new FakeOfficeError("InvalidOperationInCellEditMode", "Excel is in cell-editing mode.");
    if (this.failAtSync === this.syncs) {
      this.failAtSync = null;
      throw new FakeOfficeError(this.failCode, `sync ${this.syncs} failed (injected)`);
    }
    const size = wire?.requestBytes ?? ops.reduce((s, op) => s + op.size, 0);
    this.maxRequestBytes = Math.max(this.maxRequestBytes, size);
    if (size > this.requestLimit)
      throw new FakeOfficeError(
        "RequestPayloadSizeLimitExceeded",
        `request of ${size} bytes exceeds the limit`,
      );
    const deliveries: Delivery[] = [];
    let response = 0;
    for (const op of ops) {
      const index = this.opIndex++;
      this.ops.push(op.kind);
      if (op.version > this.apiVersion)
        throw new FakeOfficeError("ApiNotFound", `${op.kind} needs ExcelApi 1.${op.version}`);
      if (this.failAtOp === index) {
        this.failAtOp = null;
        throw new FakeOfficeError(this.failCode, `${op.kind} failed (injected)`);
      }
      if (this.failKind === op.kind)
        throw new FakeOfficeError(this.failCode, `${op.kind} failed (injected)`);
      const delivery = op.run();
      if (delivery && typeof delivery.deliver === "function") {
        deliveries.push(delivery);
        response += delivery.bytes;
      }
    }
    if (!wire) this.checkResponse(response);
    for (const d of deliveries) d.deliver();
  }

  /**
   * The operations ran; an answer over the limit is not sent back, and no value reaches the
   * add-in (the writes stay applied).
   */
  checkResponse(bytes: number): void {
    if (bytes > this.responseLimit) {
      this.refusedResponses++;
      throw new FakeOfficeError(
        "ResponsePayloadSizeLimitExceeded",
        `response of ${bytes} bytes exceeds the limit`,
      );
    }
    this.maxResponseBytes = Math.max(this.maxResponseBytes, bytes);
  }
}

const minor = (version: string) => Number(version.split(".")[1] ?? version);
