import Big from "big.js";

/**
 * Decimal arithmetic for scores. Published ITA figures are rounded half-up on decimal values;
 * binary floats get that wrong (0.3·89.05 + 0.3·89.5733 + 0.4·82.745 is 86.68499… in floats,
 * 86.685 in decimals, published as 86.69), so every sum, mean and weight goes through Big.
 */
export type Dec = Big;

/** Makes a decimal from a number as it is written (94.38 stays 94.38, not 94.3799…). */
export function dec(value: number | string | Big): Big {
  return new Big(value);
}

/**
 * Rounds half-up to 2 decimals. Means are divisions (268.72 / 3 = 89.5733…), whose last digits
 * Big cuts at 20 places, so 0.3 · 89.5733… may come back as 26.87199…9 for 26.872: settling at
 * 10 places first removes that residue (inputs never have more than 4 decimals).
 */
export function round2(value: Big): Big {
  return value.round(10, Big.roundHalfUp).round(2, Big.roundHalfUp);
}

/** Rounds half-up to 2 decimals and returns a plain number for reports. */
export function toScore(value: Big): number {
  return Number(round2(value).toFixed(2));
}

/** Mean of a non-empty list; null when empty. */
export function mean(values: readonly Big[]): Big | null {
  if (values.length === 0) return null;
  const sum = values.reduce((acc, v) => acc.plus(v), new Big(0));
  return sum.div(values.length);
}

/** Absolute difference of two decimals, as a number. */
export function absDiff(a: Big, b: Big): number {
  return Number(a.minus(b).abs().toFixed(6));
}
