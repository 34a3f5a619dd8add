/**
 * How many bytes a request will take on the wire, known before it is sent. Excel on the web
 * refuses a request over 5 MB (RequestPayloadSizeLimitExceeded), and what office.js sends is
 * several times the size of the values written: every call travels as an action over object
 * paths (a property set as `{"Id":…,"ActionType":4,"Name":"Bold","ObjectPathId":…,
 * "ArgumentInfo":{"Arguments":[true]}}`, every object reached as a path plus an "instantiate"
 * action, every range also kept by reference for the rest of `Excel.run`).
 *
 * `requestBytes(queue)` runs the same queueing code the writer runs, against a recorder in place
 * of Excel's objects, and adds up the request office.js would build for it. The recorder follows
 * the request's documented shape closely enough to stay within a few per cent of the real
 * bytes, and on the safe side: test/realClient measures every request of Microsoft's own
 * office.js against this estimate.
 */

/** What queueing code receives in place of `context`: only `workbook` is needed. */
type Queue = (context: Excel.RequestContext) => void;

/** Methods that return nothing: each is one action. */
const VOID = new Set([
  "_ValidateArraySize",
  "activate",
  "autofitColumns",
  "autofitRows",
  "clear",
  "clearAll",
  "delete",
  "freezeAt",
  "freezeColumns",
  "freezeRows",
  "merge",
  "removePageBreaks",
  "select",
  "setPosition",
  "setPrintArea",
  "setPrintTitleColumns",
  "setPrintTitleRows",
  "setSolidColor",
  "setValues",
  "setXAxisValues",
  "suspendApiCalculationUntilNextSync",
  "unfreeze",
  "unmerge",
]);

/** Methods whose object is a Range or RangeAreas: office.js keeps it by reference too. */
const RANGE =
  /^get(Range|Ranges|UsedRange|Intersection|MergedAreas|Cell|Row|Column|Entire|Selected|Bounding|Offset|Resized)/;

/**
 * Arrays office.js sends in slices (its setRangePropertiesInBulk): over 1,500 cells, the whole
 * shape is checked first (`_ValidateArraySize`) and each slice of about 1,500 cells goes to the
 * rows it covers (`getRow(i).getBoundingRect(getRow(j))`).
 */
const BULK = new Set(["values", "formulas", "formulasLocal", "formulasR1C1", "numberFormat"]);
const BULK_CELLS = 1500;

/** Ids grow over an `Excel.run`; five digits is a safe guess for each. */
const ID = 10_000;

function utf8(text: string): number {
  let n = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    n += c < 0x80 ? 1 : c < 0x800 ? 2 : c >= 0xd800 && c <= 0xdbff ? 2 : 3;
  }
  return n;
}

const pascal = (name: string) => name.charAt(0).toUpperCase() + name.slice(1);

interface Node {
  id: number;
  counted: boolean;
  parent: Node | null;
  name: string;
  /** Navigation properties reached from this object (office.js keeps one object for each). */
  children: Map<string, Node>;
}

class Recorder {
  bytes = 0;
  /** Setting the slices of a large array (sent as they are, not sliced again). */
  private slicing = false;
  private next = ID;
  private readonly proxies = new WeakMap<object, Node>();

  /** An object path in `ObjectPaths` (`"12":{…},`) and its instantiate action. */
  path(type: number, name: string, parent: Node | null, args?: unknown[]): number {
    const id = this.next++;
    const info: Record<string, unknown> = { Id: id, ObjectPathType: type, Name: name };
    if (parent) info.ParentObjectPathId = parent.id;
    if (args) info.ArgumentInfo = { Arguments: args };
    this.bytes += utf8(`"${id}":${JSON.stringify(info)},`);
    this.action(1, "", id);
    return id;
  }

  action(type: number, name: string, pathId: number, args?: unknown[]): void {
    const info: Record<string, unknown> = {
      Id: this.next++,
      ActionType: type,
      Name: name,
      ObjectPathId: pathId,
    };
    if (args) info.ArgumentInfo = { Arguments: args };
    this.bytes += utf8(JSON.stringify(info)) + 1;
  }

  /** A navigation object costs its path once, when something is first done through it. */
  ensure(node: Node): void {
    if (node.counted) return;
    if (node.parent) this.ensure(node.parent);
    node.id = this.path(node.parent ? 4 : 1, node.parent ? pascal(node.name) : "", node.parent);
    node.counted = true;
  }

  /** Arguments as they travel: an object passed (a proxy of ours) is its path id. */
  args(list: unknown[]): unknown[] {
    return list.map((a) => {
      const node = typeof a === "function" ? this.proxies.get(a) : undefined;
      if (!node) return a;
      this.ensure(node);
      return node.id;
    });
  }

  proxy(node: Node): unknown {
    const target = function () {};
    const proxy: unknown = new Proxy(target, {
      get: (_t, prop) => {
        if (typeof prop !== "string" || prop === "then") return undefined;
        let child = node.children.get(prop);
        if (!child) {
          child = { id: 0, counted: false, parent: node, name: prop, children: new Map() };
          node.children.set(prop, child);
        }
        return this.proxy(child);
      },
      set: (_t, prop, value) => {
        if (!this.slicing && typeof prop === "string" && BULK.has(prop))
          if (this.bulk(proxy, prop, value)) return true;
        this.ensure(node);
        this.action(4, pascal(String(prop)), node.id, this.args([value]));
        return true;
      },
      apply: (_t, _this, list: unknown[]) => {
        // `parent.method(…)`: this node is the member; its parent is the object called on.
        const on = node.parent as Node;
        this.ensure(on);
        const args = this.args(list);
        if (VOID.has(node.name)) {
          this.action(3, pascal(node.name), on.id, args);
          return undefined;
        }
        const indexer = node.name === "getItem";
        const result: Node = {
          id: this.path(indexer ? 5 : 3, indexer ? "" : pascal(node.name), on, args),
          counted: true,
          parent: null,
          name: node.name,
          children: new Map(),
        };
        if (RANGE.test(node.name)) {
          this.action(3, "_KeepReference", result.id, []);
          this.action(1, "", result.id);
        }
        return this.proxy(result);
      },
    });
    this.proxies.set(proxy as object, node);
    return proxy;
  }

  /** A large array, as office.js sends it: checked whole, then set slice by slice. */
  private bulk(proxy: unknown, prop: string, value: unknown): boolean {
    if (!Array.isArray(value) || !Array.isArray(value[0])) return false;
    const rows = value.length;
    const cols = (value[0] as unknown[]).length;
    if (rows * cols <= BULK_CELLS) return false;
    type Range = Record<string, (...a: unknown[]) => Range> & Record<string, unknown>;
    const range = proxy as Range;
    range._ValidateArraySize?.(rows, cols);
    const step = Math.max(1, Math.round(BULK_CELLS / cols));
    this.slicing = true;
    try {
      for (let start = 0; start < rows; start += step) {
        const end = Math.min(rows, start + step) - 1;
        const slice = range.getRow?.(start)?.getBoundingRect?.(range.getRow?.(end));
        if (slice) (slice as Record<string, unknown>)[prop] = value.slice(start, end + 1);
      }
    } finally {
      this.slicing = false;
    }
    return true;
  }
}

/**
 * The bytes of the request office.js would send for what `queue` queues (the ProcessQuery body,
 * UTF-8), with a margin for the lists of object ids office.js adds to some actions.
 */
export function requestBytes(queue: Queue): number {
  const recorder = new Recorder();
  const workbook: Node = {
    id: 0,
    counted: false,
    parent: null,
    name: "workbook",
    children: new Map(),
  };
  const context = { workbook: recorder.proxy(workbook) } as unknown as Excel.RequestContext;
  queue(context);
  return Math.ceil((recorder.bytes + 64) * 1.04);
}
