/**
 * How Excel reads a string written to `values` or `formulas`, as if typed: "=…" (and "+…", "-…",
 * "@…" that are not plain numbers) becomes a formula, "12.5", "1,000", "50%" and dates become
 * numbers — unless the cell's number format is text ("@").
 */
export function typedInput(
  input: string,
  numberFormat: string,
): { value: string | number | null; formula: string | null } {
  if (numberFormat === "@") return { value: input, formula: null };
  if (input === "") return { value: null, formula: null };
  const t = input.trim();
  const number = /^[+-]?(\d{1,3}(,\d{3})+|\d+)(\.\d+)?%?$/.test(t) || /^[+-]?\.\d+%?$/.test(t);
  if (number) {
    const n = Number(t.replace(/[,%]/g, ""));
    return { value: t.endsWith("%") ? n / 100 : n, formula: null };
  }
  const date = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/.exec(t);
  if (date)
    return { value: serialDate(Number(date[3]), Number(date[2]), Number(date[1])), formula: null };
  if (/^[=+\-@]/.test(t)) return { value: null, formula: t.startsWith("=") ? t : `=${t}` };
  return { value: input, formula: null };
}

/** Excel's serial number of a date (1900 system), for d/m/yyyy typed input. */
function serialDate(year: number, month: number, day: number): number {
  const ms = Date.UTC(year, month - 1, day) - Date.UTC(1899, 11, 30);
  return Math.round(ms / 86400000);
}
