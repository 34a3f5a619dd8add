/**
 * The request context and the proxy objects' base: Office.js queues every call as an operation
 * and runs the queue at `context.sync()`; a property is readable only after load + sync.
 */
import { FakeOfficeError, notLoaded } from "./errors";
import type { FakeExcel } from "./fakeExcel";
import type { WorkbookState } from "./state";
import type { FakeWorkbook } from "./workbook";

export interface Op {
  kind: string;
  /** Requirement set the operation needs (ExcelApi 1.x). */
  version: number;
  /** Bytes the operation adds to the request. */
  size: number;
  /** Runs the operation; a load returns what it adds to the response (delivered after the sync). */
  run: () => void | Delivery;
}

/** A load's answer: its size in the response, and how it reaches the proxy once the sync succeeds. */
export interface Delivery {
  bytes: number;
  deliver: () => void;
}

export class FakeContext {
  queue: Op[] = [];
  /** Set by FakeExcel.run (the workbook module needs this one first). */
  workbook!: FakeWorkbook;
  constructor(readonly fake: FakeExcel) {}
  async sync(): Promise<void> {
    const ops = this.queue;
    this.queue = [];
    this.fake.execute(ops);
  }
  enqueue(kind: string, version: number, payload: unknown, run: () => void | Delivery): void {
    this.queue.push({
      kind,
      version,
      size: payload === undefined ? 32 : utf8Bytes(JSON.stringify(payload) ?? "null"),
      run,
    });
  }
  get state(): WorkbookState {
    return this.fake.state;
  }
}

/** A proxy resolves to its object when its first operation runs, and keeps it (renames included). */
export abstract class ClientObject<T> {
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
  /** The object, for a write: a write to a null object throws ItemNotFound. */
  must(): T {
    const t = this.resolve();
    if (t === null)
      throw new FakeOfficeError(
        "ItemNotFound",
        `${this.constructor.name}: the object does not exist`,
      );
    return t;
  }
  /**
   * The object, for a method that returns another object. On a null object the fake hands back
   * another null object, unless `strictNullObjects` is on: then the method throws, as nothing in
   * Microsoft's documentation promises what Excel does there.
   */
  parent(method: string): T | null {
    const t = this.resolve();
    if (t === null && this.ctx.fake.strictNullObjects)
      throw new FakeOfficeError(
        "InvalidOperation",
        `${this.constructor.name}.${method} called on a null object`,
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
      const t = this.resolve();
      const values = new Map<string, unknown>();
      if (t !== null) for (const p of list) values.set(p, this.read(t, p));
      let bytes = 16;
      for (const [k, v] of values) bytes += k.length + 4 + responseSize(k, v);
      return {
        bytes,
        deliver: () => {
          this.checked = true;
          for (const [k, v] of values) this.loaded.set(k, v);
        },
      };
    });
    return this;
  }
  protected abstract read(target: T, prop: string): unknown;
  protected get<V>(prop: string): V {
    if (!this.loaded.has(prop)) throw notLoaded(prop);
    return this.loaded.get(prop) as V;
  }
  /** Sets properties as if loaded (the items of a loaded collection). */
  preload(target: T, props: string[]): void {
    this.target = target;
    this.checked = true;
    for (const p of props) this.loaded.set(p, this.read(target, p));
  }
  /** Queues a write to the resolved object. */
  protected write(kind: string, version: number, payload: unknown, fn: (t: T) => void): void {
    this.ctx.enqueue(kind, version, payload, () => {
      fn(this.must());
    });
  }
}

/** Items of a loaded collection: each item preloaded with the properties asked as `items/…`. */
export function loadedItems<S, I extends ClientObject<S>>(
  loaded: Map<string, unknown>,
  make: (s: S) => I,
): I[] {
  const entry = [...loaded.entries()].find(([k]) => k.startsWith("items/"));
  if (!entry) throw notLoaded("items");
  const props = [...loaded.keys()].filter((k) => k.startsWith("items/")).map((k) => k.slice(6));
  return (entry[1] as S[]).map((s) => {
    const item = make(s);
    item.preload(s, props);
    return item;
  });
}

/**
 * The size of a loaded property in the response: its JSON, or for a collection's `items/p` the
 * JSON of each item's `p` only (the item records hold more than was asked for).
 */
function responseSize(prop: string, value: unknown): number {
  if (prop.startsWith("items/") && Array.isArray(value)) {
    const sub = prop.slice(6);
    return value.reduce<number>((n, item) => {
      const field =
        (item as Record<string, unknown>)[sub] ?? (item as Record<string, unknown>).name;
      return n + 8 + sub.length + utf8Bytes(JSON.stringify(field ?? "") ?? "");
    }, 2);
  }
  return utf8Bytes(JSON.stringify(value) ?? "null");
}

/** Bytes of a string in UTF-8, as it travels. */
export function utf8Bytes(text: string): number {
  let n = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    n += c < 0x80 ? 1 : c < 0x800 ? 2 : c >= 0xd800 && c <= 0xdbff ? 2 : 3;
  }
  return n;
}
