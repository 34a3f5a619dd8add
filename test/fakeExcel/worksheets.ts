/** WorksheetCollection and Worksheet: names of sheets, used ranges, freeze panes, page layout. */
import { parseRange } from "../../src/domain/address";
import { FakeChartCollection } from "./charts";
import { ClientObject, loadedItems, type FakeContext } from "./context";
import { FakeOfficeError } from "./errors";
import { FakeNames } from "./names";
import { FakeRange, guardProtected, parseAddress, usedArea, type Area } from "./range";
import { breakReferences, renameReferences } from "./references";
import { emptySheet, sheetIdOf, type SheetState, type WorkbookState } from "./state";
import { FakeTableCollection } from "./tables";

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

export function guardStructure(ctx: FakeContext): void {
  if (ctx.fake.workbookProtected)
    throw new FakeOfficeError("AccessDenied", "the workbook's structure is protected");
}

/** `getItem(key)` takes a worksheet's name (any case) or its id [12]. */
const findSheet = (state: WorkbookState, key: string) =>
  state.sheets.find((x) => x.id === key || x.name.toLowerCase() === key.toLowerCase());

export class FakeWorksheetCollection extends ClientObject<WorkbookState> {
  constructor(ctx: FakeContext) {
    super(ctx, () => ctx.state);
  }
  protected read(state: WorkbookState, prop: string): unknown {
    if (prop.startsWith("items/")) return [...state.sheets];
    throw new FakeOfficeError("InvalidArgument", `unknown property ${prop}`);
  }
  get items(): FakeWorksheet[] {
    return loadedItems(this.loaded, (s: SheetState) => new FakeWorksheet(this.ctx, () => s));
  }
  add(name: string): FakeWorksheet {
    const ws = new FakeWorksheet(this.ctx, () => null);
    this.ctx.enqueue("WorksheetCollection.add", 1, name, () => {
      guardStructure(this.ctx);
      const state = this.ctx.state;
      checkSheetName(state, name);
      const sheet = emptySheet(sheetIdOf(state.nextId++), name);
      state.sheets.push(sheet);
      ws.bind(sheet);
    });
    return ws;
  }
  getItem(name: string): FakeWorksheet {
    return new FakeWorksheet(this.ctx, () => {
      const s = findSheet(this.ctx.state, name);
      if (!s) throw new FakeOfficeError("ItemNotFound", `no worksheet named ${name}`);
      return s;
    });
  }
  getItemOrNullObject(name: string): FakeWorksheet {
    return new FakeWorksheet(this.ctx, () => findSheet(this.ctx.state, name) ?? null);
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

export class FakeWorksheet extends ClientObject<SheetState> {
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
      case "protection/protected":
        return s.protected;
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
      const old = s.name;
      s.name = value;
      renameReferences(this.ctx.state, old, value);
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
  get position(): number {
    return this.get("position");
  }
  set position(value: number) {
    this.write("Worksheet.position.set", 1, value, (s) => {
      guardStructure(this.ctx);
      const sheets = this.ctx.state.sheets;
      sheets.splice(sheets.indexOf(s), 1);
      sheets.splice(Math.min(value, sheets.length), 0, s);
    });
  }
  /** `protection.protected`, loaded as "protection/protected". */
  get protection(): { protected: boolean } {
    return { protected: this.get("protection/protected") };
  }
  set tabColor(value: string) {
    this.write("Worksheet.tabColor.set", 7, value, (s) => {
      guardProtected(s);
      s.tabColor = value;
    });
  }
  getNextOrNullObject(): FakeWorksheet {
    return new FakeWorksheet(this.ctx, () => {
      const s = this.parent("getNextOrNullObject");
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
        const area = address
          ? parseAddress(address)
          : { top: 1, left: 1, bottom: 1_048_576, right: 16_384 };
        if (!area) throw new FakeOfficeError("InvalidArgument", `invalid address ${address}`);
        return { sheet: s, areas: [area] };
      },
      address ?? "A1:XFD1048576",
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
  /** The used range; a blank sheet gives A1 (Excel does not throw there). */
  getUsedRange(valuesOnly?: boolean): FakeRange {
    return new FakeRange(
      this.ctx,
      () => {
        const s = this.must();
        const area = usedArea(s, valuesOnly ?? false) ?? { top: 1, left: 1, bottom: 1, right: 1 };
        return { sheet: s, areas: [area] };
      },
      "used",
    );
  }
  getUsedRangeOrNullObject(valuesOnly?: boolean): FakeRange {
    return new FakeRange(
      this.ctx,
      () => {
        const s = this.parent("getUsedRangeOrNullObject");
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
      state.names = state.names.filter((n) => n.scopeId !== s.id);
      for (const n of state.names) if (n.sheetId === s.id) n.sheetId = null;
      breakReferences(state, s.name);
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
      unfreeze: () =>
        this.write("WorksheetFreezePanes.unfreeze", 7, undefined, (s) => {
          s.freeze = null;
        }),
    };
  }
  get names(): FakeNames {
    return new FakeNames(this.ctx, this);
  }
  get tables(): FakeTableCollection {
    return new FakeTableCollection(this.ctx, this);
  }
  get charts(): FakeChartCollection {
    return new FakeChartCollection(this.ctx, this);
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
        this.write("PageBreakCollection.removePageBreaks", 9, undefined, (s) => {
          s.pageBreaks = [];
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
  /** For the collections and helpers of this sheet: queue a write on it. */
  writeSheet(kind: string, version: number, payload: unknown, fn: (s: SheetState) => void): void {
    this.write(kind, version, payload, fn);
  }
  /** For the collections of this sheet: the sheet, or null (strict about null objects). */
  sheetFor(method: string): SheetState | null {
    return this.parent(method);
  }
}

function pageLayoutProxy(ws: FakeWorksheet) {
  const set = (prop: string) => (value: unknown) =>
    ws.writeSheet(`PageLayout.${prop}.set`, 9, value, (s) => {
      s.pageLayout[prop] = value;
    });
  const layout = {
    setPrintTitleRows: (rows: string) => set("printTitleRows")(rows),
    setPrintTitleColumns: (cols: string) => set("printTitleColumns")(cols),
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
    get: (t, prop: string) => t[prop],
    set: (_t, prop: string, value) => {
      set(prop)(value);
      return true;
    },
  });
}
