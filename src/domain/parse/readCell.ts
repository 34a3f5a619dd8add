import type { Finding, GridValue } from "../types";
import { readNumberText } from "./text";
import { msg } from "../messages";

export type CellRead =
  { kind: "number"; value: number } | { kind: "empty" } | { kind: "bad"; finding: Finding };

/**
 * Reads a score cell: a number 0–100, a number typed as text, or "no value". Anything else is a
 * finding that says what is wrong and where.
 */
export function readScoreCell(
  value: GridValue,
  cell: string,
  range: { min: number; max: number },
): CellRead {
  if (value === null) return { kind: "empty" };
  if (typeof value === "object") {
    return bad("error", "error-value", cell, msg.errorValue(value.error), value.error);
  }
  if (typeof value === "boolean") {
    return bad(
      "error",
      "not-a-number",
      cell,
      msg.notANumber(String(value).toUpperCase()),
      String(value),
    );
  }
  let n: number;
  if (typeof value === "number") {
    n = value;
  } else {
    const read = readNumberText(value);
    if (read.kind === "empty") return { kind: "empty" };
    if (read.kind === "invalid") {
      return bad("error", "not-a-number", cell, msg.notANumber(value), value);
    }
    n = read.value;
  }
  if (!Number.isFinite(n) || n < range.min || n > range.max) {
    return bad("error", "out-of-range", cell, msg.outOfRange(n, range.min, range.max), n);
  }
  return { kind: "number", value: n };
}

function bad(
  severity: Finding["severity"],
  rule: string,
  cell: string,
  message: Finding["message"],
  found: number | string,
): CellRead {
  return { kind: "bad", finding: { severity, rule, cell, message, found } };
}
