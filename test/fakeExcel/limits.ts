/**
 * The limits of Excel and of Excel on the web that the fake enforces. Each is from Microsoft's
 * documentation (see README.md beside this file for the pages).
 */

/** Excel on the web: a request, and a response, of at most 5 MB. */
export const PAYLOAD_LIMIT = 5 * 1024 * 1024;
/** A read of more than five million cells in one range is refused (RangeExceedsLimit). */
export const READ_CELL_LIMIT = 5_000_000;
export const MAX_ROWS = 1_048_576;
export const MAX_COLS = 16_384;
/** Excel's largest row height, in points. */
export const MAX_ROW_HEIGHT = 409;
/** Range.getMergedAreasOrNullObject fails for a range holding more merged areas than this. */
export const MAX_MERGED_AREAS = 512;
