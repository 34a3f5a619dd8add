/** TableCollection (workbook.tables, worksheet.tables) and Table. */
import { parseRange } from "../../src/domain/address";
import { ClientObject, loadedItems, type FakeContext } from "./context";
import { FakeOfficeError } from "./errors";
import { guardProtected, overlaps, type Area } from "./range";
import type { SheetState, TableState, WorkbookState } from "./state";
import type { FakeWorksheet } from "./worksheets";

export class FakeTable extends ClientObject<TableState> {
  protected read(t: TableState, prop: string): unknown {
    if (prop === "name") return t.name;
    throw new FakeOfficeError("InvalidArgument", `Table has no property ${prop}`);
  }
  get name(): string {
    return this.get("name");
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
  delete(): void {
    this.write("Table.delete", 1, undefined, (t) => {
      for (const s of this.ctx.state.sheets) {
        const at = s.tables.indexOf(t);
        if (at >= 0) {
          guardProtected(s);
          s.tables.splice(at, 1);
        }
      }
    });
  }
}

/** The tables of the workbook (`owner` absent) or of one sheet. */
export class FakeTableCollection extends ClientObject<WorkbookState> {
  constructor(
    ctx: FakeContext,
    private readonly owner?: FakeWorksheet,
  ) {
    super(ctx, () => {
      owner?.sheetFor("tables");
      return ctx.state;
    });
  }
  private all(): TableState[] {
    if (!this.owner) return this.ctx.state.sheets.flatMap((s) => s.tables);
    return this.owner.sheetFor("tables")?.tables ?? [];
  }
  protected read(_state: WorkbookState, prop: string): unknown {
    if (prop.startsWith("items/")) return [...this.all()];
    throw new FakeOfficeError("InvalidArgument", `unknown property ${prop}`);
  }
  get items(): FakeTable[] {
    return loadedItems(this.loaded, (t: TableState) => new FakeTable(this.ctx, () => t));
  }
  getItem(name: string): FakeTable {
    return new FakeTable(this.ctx, () => {
      const t = this.all().find((x) => x.name.toLowerCase() === name.toLowerCase());
      if (!t) throw new FakeOfficeError("ItemNotFound", `no table ${name}`);
      return t;
    });
  }
  add(address: string, hasHeaders: boolean): FakeTable {
    const table = new FakeTable(this.ctx, () => null);
    const owner = this.owner;
    if (!owner) throw new FakeOfficeError("NotImplemented", "the fake adds tables on a sheet");
    owner.writeSheet("TableCollection.add", 1, [address, hasHeaders], (s: SheetState) => {
      guardProtected(s);
      const area = parseRange(address);
      if (!area) throw new FakeOfficeError("InvalidArgument", `invalid address ${address}`);
      if (s.merges.some((m) => overlaps(parseRange(m) as Area, area))) {
        throw new FakeOfficeError("MergedRangeConflict", "a table cannot overlap merged cells");
      }
      if (s.tables.some((t) => overlaps(parseRange(t.range) as Area, area)))
        throw new FakeOfficeError("InvalidArgument", "tables cannot overlap");
      const record: TableState = {
        name: `Table${this.ctx.state.nextId++}`,
        range: address,
        style: "TableStyleMedium2",
        showBandedRows: true,
      };
      s.tables.push(record);
      table.bind(record);
    });
    return table;
  }
}
