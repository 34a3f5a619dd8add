/**
 * The wire between Microsoft's office.js and the fake Excel. office.js sends each
 * `context.sync()` as one ProcessQuery request: a JSON body of `ObjectPaths` (the global object,
 * properties, methods, indexers, each by id and parent id) and `Actions` over them (instantiate,
 * query, method, set property). This adapter only translates: it builds the fake's proxies along
 * the object paths, calls on them what each action names, runs the fake's queue once (one wire
 * request = one sync of the fake, so every rule of the fake applies), and writes the answer as
 * Excel does: `{Results:[{ActionId, Value}]}`, or `{Error:{Code, Message, Location,
 * ActionIndex}}`. Every request and response is measured in the UTF-8 bytes of its body.
 *
 * The format is read from office.js itself (node_modules/@microsoft/office-js/dist,
 * excel-win32-16.01.debug.js): ObjectPathFactory (path types 1 global, 3 method, 4 property,
 * 5 indexer), ClientRequestBase.buildRequestMessageBodyAndRequestFlags (the body),
 * CommonUtility.setMethodArguments (object arguments as path ids in ReferencedObjectPathIds),
 * ClientRequestContext.processRequestExecutorResponseMessage (Results, Error), the classes'
 * `_handleResult` (properties in PascalCase, collections as `_Items`, an item's `_Id` for the
 * indexer office.js addresses it by later, a null object as a null value).
 */
import { FakeContext, type Op } from "../fakeExcel/context";
import { FakeOfficeError } from "../fakeExcel/errors";
import type { FakeExcel } from "../fakeExcel/fakeExcel";
import { FakeWorkbook } from "../fakeExcel/workbook";
import { utf8Bytes } from "../fakeExcel/context";

interface ObjectPathInfo {
  Id: number;
  ObjectPathType: number;
  Name: string;
  ParentObjectPathId?: number;
  ArgumentInfo?: { Arguments?: unknown[]; ReferencedObjectPathIds?: unknown[] };
}

interface ActionInfo {
  Id: number;
  ActionType: number;
  Name: string;
  ObjectPathId: number;
  ArgumentInfo?: { Arguments?: unknown[]; ReferencedObjectPathIds?: unknown[] };
  QueryInfo?: { Select?: string[]; Expand?: string[] };
}

export interface RequestBody {
  Actions: ActionInfo[];
  ObjectPaths: Record<string, ObjectPathInfo>;
}

/** One ProcessQuery as it travelled: its body's bytes each way, and what it asked. */
export interface WireRecord {
  /** "sync": the add-in's `context.sync()`; "cleanup": office.js letting its kept objects go
   *  after `Excel.run` (`_RemoveReference` only: nothing in the workbook changes). */
  kind: "sync" | "cleanup";
  requestBytes: number;
  responseBytes: number;
  actions: number;
  /** The error code Excel answered with, if any, and the request (kept only then). */
  error?: string;
  request?: string;
}

/** Office.js action types (ActionType in the request). */
const INSTANTIATE = 1;
const QUERY = 2;
const METHOD = 3;
const SET_PROPERTY = 4;

/** Office.js object path types. */
const GLOBAL = 1;
const METHOD_PATH = 3;
const PROPERTY = 4;
const INDEXER = 5;
const REFERENCE_ID = 6;

/** The methods office.js calls to keep an object alive across requests (auto-tracked ranges),
 *  and to let kept objects go at the end of `Excel.run`. */
const KEEP_REFERENCE = "_KeepReference";
const REMOVE_REFERENCE = "_RemoveReference";

/** An error office.js reports at the level of the host call (not in the body): 5103, 5104. */
export class HostCallError extends Error {
  constructor(readonly officeJsCode: number) {
    super(`host call failed with ${officeJsCode}`);
  }
}
/** Office.js's codes for a request or response over Excel on the web's limit (RichApiMessageUtility). */
export const OOE_REQUEST_TOO_LARGE = 5103;
export const OOE_RESPONSE_TOO_LARGE = 5104;

const HTTP_STATUS: Record<string, number> = {
  ItemNotFound: 404,
  ApiNotFound: 404,
  InvalidArgument: 400,
  InvalidReference: 400,
  InvalidOperation: 400,
  InvalidOperationInCellEditMode: 400,
  InvalidSelection: 400,
  RangeExceedsLimit: 400,
  ItemAlreadyExists: 409,
  AccessDenied: 403,
  MergedRangeConflict: 409,
  NotImplemented: 501,
};

const lowerFirst = (s: string) => (s ? s[0]!.toLowerCase() + s.slice(1) : s);
const upperFirst = (s: string) => (s ? s[0]!.toUpperCase() + s.slice(1) : s);

/** A fake proxy (or a plain object of the fake) reached along an object path. */
type Target = Record<string, unknown>;

/**
 * Answers ProcessQuery bodies from a fake Excel. On Excel on the web (`web`), the fake's limits
 * of 5 MB per request and per response apply to the bodies' real bytes, and a body over them
 * fails the host call itself, as office.js expects (codes 5103 and 5104); Excel on Windows has no
 * such limit, so the fake's limits are lifted (the tests still hold every request under 5 MB).
 */
export class ExcelWire {
  readonly records: WireRecord[] = [];
  /** API members office.js asked for that the fake does not have: each is a gap to fill. */
  readonly missing: string[] = [];
  /** Keep every request's body in its record (else only those Excel refused). */
  keepRequests = false;

  constructor(
    readonly fake: FakeExcel,
    readonly web: boolean,
  ) {
    if (!web) {
      fake.requestLimit = Number.POSITIVE_INFINITY;
      fake.responseLimit = Number.POSITIVE_INFINITY;
    }
  }

  /** The add-in's syncs that reached Excel (office.js's own cleanup requests not counted). */
  get syncs(): number {
    return this.records.filter((r) => r.kind === "sync").length;
  }
  get maxRequestBytes(): number {
    return Math.max(0, ...this.records.map((r) => r.requestBytes));
  }
  get maxResponseBytes(): number {
    return Math.max(0, ...this.records.map((r) => r.responseBytes));
  }

  /**
   * True for the requests office.js makes on its own (telemetry, its internal add-in service):
   * they address no workbook (no global object path), and are not the add-in's syncs.
   */
  static isInternal(body: RequestBody): boolean {
    const paths = Object.values(body.ObjectPaths ?? {});
    return paths.length > 0 && !paths.some((p) => p.ObjectPathType !== 2);
  }

  /** Objects office.js keeps across requests (`_KeepReference`), by the reference id given. */
  private readonly references = new Map<
    string,
    { paths: Record<string, ObjectPathInfo>; id: number }
  >();

  /** One ProcessQuery: the body office.js sent, the body Excel answers. */
  process(bodyText: string): string {
    const requestBytes = utf8Bytes(bodyText);
    const body = JSON.parse(bodyText) as RequestBody;
    if (ExcelWire.isInternal(body)) return JSON.stringify({ Results: [] });
    const cleanup = body.Actions.every(
      (a) => a.ActionType === INSTANTIATE || a.Name === REMOVE_REFERENCE,
    );
    const record: WireRecord = {
      kind: cleanup ? "cleanup" : "sync",
      requestBytes,
      responseBytes: 0,
      actions: body.Actions.length,
    };
    this.records.push(record);
    if (cleanup) {
      for (const a of body.Actions)
        if (a.Name === REMOVE_REFERENCE)
          for (const id of a.ArgumentInfo?.Arguments ?? []) this.references.delete(String(id));
      const text = JSON.stringify({ Results: [] });
      record.responseBytes = utf8Bytes(text);
      return text;
    }
    const answer = this.answer(body, requestBytes);
    const code = "Error" in answer ? String((answer.Error as { Code: string }).Code) : "";
    if (code === "RequestPayloadSizeLimitExceeded") {
      record.error = code;
      throw new HostCallError(OOE_REQUEST_TOO_LARGE);
    }
    const text = JSON.stringify(answer);
    record.responseBytes = utf8Bytes(text);
    if (code || this.keepRequests) record.request = bodyText;
    if (code) record.error = code;
    else
      try {
        this.fake.checkResponse(record.responseBytes);
      } catch {
        record.error = "ResponsePayloadSizeLimitExceeded";
        throw new HostCallError(OOE_RESPONSE_TOO_LARGE);
      }
    return text;
  }

  private answer(body: RequestBody, requestBytes: number): Record<string, unknown> {
    const context = new FakeContext(this.fake);
    context.workbook = new FakeWorkbook(context);
    const paths = body.ObjectPaths ?? {};
    const resolve = this.resolver(paths, context);
    // Objects kept for later requests: office.js reads the reference id from the result of the
    // Instantiate that follows its `_KeepReference` (ObjectPath.updateUsingObjectData).
    const kept = new Map<number, string>();
    const instantiated = new Map<number, number>();
    // For each action, the fake operations it queued (to name the one Excel stopped at).
    const opsOf: number[] = [];
    const queries: { action: ActionInfo; target: Target; select: string[] }[] = [];
    try {
      for (const action of body.Actions) {
        const before = context.queue.length;
        const target = resolve(action.ObjectPathId);
        const args = () => this.args(action.ArgumentInfo, resolve);
        if (action.ActionType === QUERY) {
          const select = action.QueryInfo?.Select ?? [];
          this.query(target, select);
          queries.push({ action, target, select });
        } else if (action.ActionType === METHOD && action.Name === KEEP_REFERENCE) {
          const id = `{ITA-reference-${this.references.size + 1}}`;
          this.references.set(id, { paths, id: action.ObjectPathId });
          kept.set(action.ObjectPathId, id);
        } else if (action.ActionType === METHOD && action.Name === REMOVE_REFERENCE) {
          for (const id of args().flat()) this.references.delete(String(id));
        } else if (action.ActionType === METHOD) {
          const name = lowerFirst(action.Name);
          const fn = target[name];
          if (typeof fn !== "function") throw new WireGap(`${describe(target)}.${name}()`);
          (fn as (...a: unknown[]) => unknown).apply(target, args());
        } else if (action.ActionType === SET_PROPERTY) {
          const name = lowerFirst(action.Name);
          (target as Record<string, unknown>)[name] = args()[0];
        } else if (action.ActionType === INSTANTIATE) {
          if (kept.has(action.ObjectPathId)) instantiated.set(action.ObjectPathId, action.Id);
        } else {
          throw new WireGap(`action type ${action.ActionType}`);
        }
        opsOf.push(context.queue.length - before);
      }
    } catch (error) {
      if (error instanceof WireGap) {
        this.missing.push(error.message);
        return errorBody("NotImplemented", `the fake Excel lacks ${error.message}`, "", -1);
      }
      if (error instanceof FakeOfficeError)
        return errorBody(error.code, error.message, "", opsOf.length);
      throw error;
    }
    const ran = this.fake.ops.length;
    try {
      this.fake.execute(context.queue as Op[], { requestBytes });
    } catch (error) {
      if (!(error instanceof FakeOfficeError)) throw error;
      const failedOp = this.fake.ops.length - ran - 1;
      let index = -1;
      let kind = "";
      if (failedOp >= 0) {
        let seen = 0;
        index = opsOf.findIndex((n) => (seen += n) > failedOp);
        kind = this.fake.ops[this.fake.ops.length - 1] ?? "";
      }
      return errorBody(error.code, error.message, location(kind), index);
    }
    const references = [...instantiated].map(([pathId, actionId]) => {
      const target = resolve(pathId) as { resolve?: () => unknown };
      return {
        ActionId: actionId,
        Value: target.resolve?.() === null ? null : { _ReferenceId: kept.get(pathId) },
      };
    });
    return {
      Results: [
        ...references,
        ...queries.map(({ action, target, select }) => ({
          ActionId: action.Id,
          Value: this.value(target, select),
        })),
      ].sort((a, b) => a.ActionId - b.ActionId),
    };
  }

  /** Resolves object path ids of one request (and kept references) to the fake's objects. */
  private resolver(
    paths: Record<string, ObjectPathInfo>,
    context: FakeContext,
  ): (id: number) => Target {
    const objects = new Map<number, Target>();
    const resolve = (id: number): Target => {
      const known = objects.get(id);
      if (known) return known;
      const info = paths[String(id)];
      if (!info) throw new WireGap(`object path ${id} is not in the request`);
      let made: Target;
      if (info.ObjectPathType === REFERENCE_ID) {
        // A kept object: the path it was reached by, followed again in this request. (The fake's
        // ranges are areas on a sheet, so the same range is reached again.)
        const ref = this.references.get(info.Name);
        if (!ref) throw new FakeOfficeError("InvalidObjectPath", `no object ${info.Name}`);
        made = this.resolver(ref.paths, context)(ref.id);
      } else made = this.follow(info, context, resolve);
      objects.set(id, made);
      return made;
    };
    return resolve;
  }

  /** The fake's object (or plain part of it) an object path names. */
  private follow(
    info: ObjectPathInfo,
    context: FakeContext,
    resolve: (id: number) => Target,
  ): Target {
    if (info.ObjectPathType === GLOBAL) return context.workbook as unknown as Target;
    const parent = resolve(info.ParentObjectPathId ?? -1);
    if (info.ObjectPathType === PROPERTY) {
      const name = lowerFirst(info.Name);
      const value = parent[name];
      if (value === undefined || value === null || typeof value !== "object")
        throw new WireGap(`${describe(parent)}.${name}`);
      return value as Target;
    }
    const args = this.args(info.ArgumentInfo, resolve);
    const method =
      info.ObjectPathType === INDEXER ? "getItem" : lowerFirst(info.Name === "" ? "" : info.Name);
    if (info.ObjectPathType !== INDEXER && info.ObjectPathType !== METHOD_PATH)
      throw new WireGap(`object path type ${info.ObjectPathType}`);
    const fn = parent[method];
    if (typeof fn !== "function") throw new WireGap(`${describe(parent)}.${method}()`);
    const made = (fn as (...a: unknown[]) => unknown).apply(parent, args);
    // A method Office.js gives an object back for (PageBreakCollection.add, …) whose object the
    // fake does not keep: the add-in may not use it.
    if (made === undefined) return detached(`${describe(parent)}.${method}()`);
    if (made === null || typeof made !== "object")
      throw new WireGap(`${describe(parent)}.${method}() returning an object`);
    return made as Target;
  }

  /** Arguments with the objects they name (a path id where ReferencedObjectPathIds says so). */
  private args(
    info: ActionInfo["ArgumentInfo"] | undefined,
    resolve: (id: number) => Target,
  ): unknown[] {
    const list = [...(info?.Arguments ?? [])];
    const refs = info?.ReferencedObjectPathIds;
    if (refs)
      refs.forEach((ref, i) => {
        if (typeof ref === "number" && ref !== 0) list[i] = resolve(ref);
      });
    return list;
  }

  /** Queues the fake's load of what a Query selects: a collection's items, or properties. */
  private query(target: Target, select: string[]): void {
    const load = target.load;
    if (typeof load !== "function") throw new WireGap(`${describe(target)}.load()`);
    const props = isCollection(target) ? select.map((p) => `items/${p}`) : select;
    (load as (p: string[]) => unknown).call(target, props.length ? props : []);
  }

  /** A Query's answer, as Excel writes it: PascalCase keys, `_Items`, null for a null object. */
  private value(target: Target, select: string[]): unknown {
    const proxy = target as { isNullObject: boolean };
    if (proxy.isNullObject) return null;
    if (isCollection(target)) {
      const items = target.items as Target[];
      return {
        _Items: items.map((item) => ({ ...this.fields(item, select), _Id: itemKey(item) })),
      };
    }
    return this.fields(target, select);
  }

  private fields(target: Target, select: string[]): Record<string, unknown> {
    const out: Record<string, unknown> = {};
    for (const path of select) {
      const parts = path.split("/");
      let value: unknown = target;
      for (const part of parts) value = (value as Record<string, unknown>)[part];
      let at = out;
      parts.forEach((part, i) => {
        const key = upperFirst(part);
        if (i === parts.length - 1) at[key] = value;
        else at = (at[key] ??= {}) as Record<string, unknown>;
      });
    }
    return out;
  }
}

/** An API member office.js sent that the fake does not model. */
class WireGap extends Error {}

/** The object a method of the fake did not return: anything asked of it is a gap. */
function detached(what: string): Target {
  return new Proxy({} as Target, {
    get: (_t, prop) => {
      if (prop === "constructor") return { name: `(object of ${what})` };
      throw new WireGap(`${String(prop)} of the object ${what} returns`);
    },
    set: (_t, prop) => {
      throw new WireGap(`${String(prop)} of the object ${what} returns`);
    },
  });
}

function errorBody(code: string, message: string, where: string, actionIndex: number) {
  return {
    Error: {
      Code: code,
      Message: message,
      Location: where,
      ActionIndex: actionIndex,
      HttpStatusCode: HTTP_STATUS[code] ?? 500,
    },
  };
}

/** "Range.values.set" → "Range.values", as Excel names where it stopped. */
const location = (kind: string) => kind.replace(/\.(set|load)$/, "");

const describe = (t: Target) => (t?.constructor?.name ?? "object").replace(/^Fake/, "");

const isCollection = (t: Target) => /Collection$|^FakeNames$/.test(t?.constructor?.name ?? "");

/** The key office.js addresses a collection's item by later (`_Id`): a sheet's id, else its name. */
function itemKey(item: Target): string | undefined {
  const state = (item as { resolve?: () => unknown }).resolve?.() as
    { id?: string; name?: string } | null | undefined;
  return state?.id ?? state?.name;
}
