/**
 * A fiscal year named in English: the Common Era year with its Buddhist-era name beside it.
 *
 * @example fiscalYearEn(2568) //=> "fiscal year 2025 (B.E. 2568)"
 */
export const fiscalYearEn = (be: number): string => `fiscal year ${be - 543} (B.E. ${be})`;
