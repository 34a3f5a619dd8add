/** NamedItemCollection (workbook.names and, ExcelApi 1.4, worksheet.names) and NamedItem. */
import { a1, quoteSheet } from "../../src/domain/address";
import { ClientObject, loadedItems, type FakeContext } from "./context";
import { FakeOfficeError } from "./errors";
import type { Area, FakeRange } from "./range";
import type { NameState, WorkbookState } from "./state";
import type { FakeWorksheet } from "./worksheets";

const absolute = (address: string) => address.replace(/([A-Z]+)(\d+)/g, "$$$1$$$2");

export class FakeNamedItem extends ClientObject<NameState> {
  protected read(n: NameState, prop: string): unknown {
    switch (prop) {
      case "name":
        return n.name;
      case "type":
        return n.value != null ? "String" : n.sheetId ? "Range" : "Error";
      case "formula":
      case "value": {
        if (n.value != null) return prop === "formula" ? n.value : n.value.replace(/^="|"$/g, "");
        const sheet = this.ctx.state.sheets.find((s) => s.id === n.sheetId);
        return sheet ? `=${quoteSheet(sheet.name)}!${absolute(n.address)}` : "=#REF!";
      }
      case "visible":
        return n.visible !== false;
      case "scope":
        return n.scopeId ? "Worksheet" : "Workbook";
      default:
        throw new FakeOfficeError("InvalidArgument", `NamedItem has no property ${prop}`);
    }
  }
  get name(): string {
    return this.get("name");
  }
  get formula(): string {
    return this.get("formula");
  }
  set formula(value: string) {
    this.write("NamedItem.formula.set", 7, value, (n) => {
      n.value = value;
      n.sheetId = null;
      n.address = "";
    });
  }
  get type(): string {
    return this.get("type");
  }
  get visible(): boolean {
    return this.get("visible");
  }
  set visible(value: boolean) {
    this.write("NamedItem.visible.set", 1, value, (n) => {
      n.visible = value;
    });
  }
  delete(): void {
    this.write("NamedItem.delete", 4, undefined, (n) => {
      const names = this.ctx.state.names;
      const at = names.indexOf(n);
      if (at >= 0) names.splice(at, 1);
    });
  }
}

/** Names of the workbook (`owner` absent) or of one sheet. */
export class FakeNames extends ClientObject<WorkbookState> {
  constructor(
    ctx: FakeContext,
    private readonly owner?: FakeWorksheet,
  ) {
    super(ctx, () => {
      if (owner) owner.sheetFor("names");
      return ctx.state;
    });
  }
  private scopeId(): string | null {
    if (!this.owner) return null;
    const sheet = this.owner.sheetFor("names");
    if (!sheet) throw new FakeOfficeError("ItemNotFound", "the worksheet does not exist");
    return sheet.id;
  }
  private inScope(state: WorkbookState): NameState[] {
    const scope = this.scopeId();
    return state.names.filter((n) => (n.scopeId ?? null) === scope);
  }
  protected read(state: WorkbookState, prop: string): unknown {
    if (prop.startsWith("items/")) return this.inScope(state);
    throw new FakeOfficeError("InvalidArgument", `unknown property ${prop}`);
  }
  get items(): FakeNamedItem[] {
    return loadedItems(this.loaded, (n: NameState) => new FakeNamedItem(this.ctx, () => n));
  }
  add(name: string, reference: FakeRange | string, _comment?: string): FakeNamedItem {
    const item = new FakeNamedItem(this.ctx, () => null);
    this.ctx.enqueue(
      this.owner ? "WorksheetNames.add" : "NamedItemCollection.add",
      4,
      [name, typeof reference === "string" ? reference : reference.label],
      () => {
        const state = this.ctx.state;
        const scopeId = this.scopeId();
        if (!/^[A-Za-z_\\][A-Za-z0-9_.]*$/.test(name) || /^[A-Za-z]{1,3}\d+$/.test(name))
          throw new FakeOfficeError("InvalidArgument", `invalid name ${name}`);
        if (this.inScope(state).some((n) => n.name.toLowerCase() === name.toLowerCase()))
          throw new FakeOfficeError("ItemAlreadyExists", `the name ${name} already exists`);
        let record: NameState;
        if (typeof reference === "string") {
          if (!/^="(?:[^"]|"")*"$/.test(reference))
            throw new FakeOfficeError("InvalidArgument", "the fake takes ranges and constant text");
          record = { name, sheetId: null, address: "", value: reference, scopeId, visible: true };
        } else {
          const target = reference.resolve();
          if (!target) throw new FakeOfficeError("InvalidArgument", "the reference does not exist");
          const area = target.areas[0] as Area;
          record = {
            name,
            sheetId: target.sheet.id,
            address: a1(area.top, area.left),
            scopeId,
            visible: true,
          };
        }
        if (!scopeId) delete record.scopeId;
        state.names.push(record);
        // Excel keeps names in order.
        state.names.sort((x, y) => x.name.toLowerCase().localeCompare(y.name.toLowerCase()));
        item.bind(record);
      },
    );
    return item;
  }
  getItem(name: string): FakeNamedItem {
    return new FakeNamedItem(this.ctx, () => {
      const n = this.inScope(this.ctx.state).find(
        (x) => x.name.toLowerCase() === name.toLowerCase(),
      );
      if (!n) throw new FakeOfficeError("ItemNotFound", `no name ${name}`);
      return n;
    });
  }
  getItemOrNullObject(name: string): FakeNamedItem {
    return new FakeNamedItem(
      this.ctx,
      () =>
        this.inScope(this.ctx.state).find((x) => x.name.toLowerCase() === name.toLowerCase()) ??
        null,
    );
  }
}
