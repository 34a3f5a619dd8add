/** Workbook: its collections, the application, and the selection. */
import type { FakeContext } from "./context";
import { FakeOfficeError } from "./errors";
import { FakeNames } from "./names";
import { FakeRange, parseAddress, type Area, type RangeTarget } from "./range";
import { FakeTableCollection } from "./tables";
import { FakeWorksheetCollection } from "./worksheets";

export class FakeWorkbook {
  readonly worksheets: FakeWorksheetCollection;
  readonly names: FakeNames;
  readonly tables: FakeTableCollection;
  readonly application: { suspendApiCalculationUntilNextSync: () => void };
  constructor(private readonly ctx: FakeContext) {
    this.worksheets = new FakeWorksheetCollection(ctx);
    this.names = new FakeNames(ctx);
    this.tables = new FakeTableCollection(ctx);
    this.application = {
      suspendApiCalculationUntilNextSync: () =>
        ctx.enqueue(
          "Application.suspendApiCalculationUntilNextSync",
          6,
          undefined,
          () => undefined,
        ),
    };
  }

  /** The selection of the active sheet (state.selection, else A1), one area or several. */
  private selected(): RangeTarget {
    const state = this.ctx.state;
    const sheet = state.sheets.find((s) => s.id === state.activeSheetId) ?? state.sheets[0];
    if (!sheet) throw new FakeOfficeError("ItemNotFound", "no sheet");
    const text = state.selection?.replace(/^(?:'(?:[^']|'')+'|[^!']+)!/, "") ?? "A1";
    const areas = text.split(",").map((a) => parseAddress(a.trim()));
    if (areas.some((a) => a === null))
      throw new FakeOfficeError("InvalidArgument", `invalid selection ${text}`);
    return { sheet, areas: areas as Area[] };
  }

  /** The selected range; several areas selected (Ctrl+click) make it throw, as in Excel. */
  getSelectedRange(): FakeRange {
    return new FakeRange(
      this.ctx,
      () => {
        const target = this.selected();
        if (target.areas.length > 1)
          throw new FakeOfficeError(
            "InvalidSelection",
            "The current selection is invalid for this operation (several areas).",
          );
        return target;
      },
      "selection",
    );
  }

  /** ExcelApi 1.9: every selected area, as RangeAreas. */
  getSelectedRanges(): FakeRange {
    const range = new FakeRange(this.ctx, () => this.selected(), "selection");
    this.ctx.enqueue("Workbook.getSelectedRanges", 9, undefined, () => undefined);
    return range;
  }
}
