/**
 * Printing inside Excel. `applyPageLayout` queues a sheet's print setup from its spec (A4,
 * orientation, scale, margins, print area, print titles, header and footer, manual page
 * breaks: ExcelApi 1.9); the writer calls it in its best-effort cosmetics sync where the host
 * has that set. `preparePrint` is the pane's "print / save as PDF" step: it sets that print
 * setup again on the public sheets of the last Generate (only where ExcelApi 1.9 is there: not
 * in Office 2019), selects the first of them, and where Office can make the PDF itself (the
 * PdfFile set: Excel on Windows, Mac and the web, not iPad) returns the file, printed with
 * every sheet but the public ones hidden for the moment (Excel prints no hidden sheet), and each
 * sheet's visibility restored afterwards.
 */
import { PUBLIC_PRINT_ORDER, headerFooterSections } from "../../domain/layout/printSetup";
import type { SheetPlacement } from "../../domain/layout/resolveNames";
import type { SheetSpec, WorkbookSpec } from "../../domain/layout/spec";
import { FONT } from "../../domain/layout/styles";
import { pdfSupported } from "./features";

const POINTS_PER_INCH = 72;

/** `Excel.run`, or the fake's in tests. */
type Run = <T>(batch: (context: Excel.RequestContext) => Promise<T>) => Promise<T>;

/** Queues the print setup of one sheet (ExcelApi 1.9: page layout and page breaks). */
export function applyPageLayout(ws: Excel.Worksheet, sheet: SheetSpec, again = false): void {
  const p = sheet.print;
  const layout = ws.pageLayout;
  layout.paperSize = "A4";
  layout.orientation = p.orientation === "landscape" ? "Landscape" : "Portrait";
  layout.zoom = { scale: p.scale };
  layout.leftMargin = p.margins.left * POINTS_PER_INCH;
  layout.rightMargin = p.margins.right * POINTS_PER_INCH;
  layout.topMargin = p.margins.top * POINTS_PER_INCH;
  layout.bottomMargin = p.margins.bottom * POINTS_PER_INCH;
  layout.headerMargin = p.margins.header * POINTS_PER_INCH;
  layout.footerMargin = p.margins.footer * POINTS_PER_INCH;
  layout.centerHorizontally = true;
  layout.printGridlines = false;
  if (p.area) layout.setPrintArea(p.area);
  if (p.repeatRows) layout.setPrintTitleRows(`$${p.repeatRows[0]}:$${p.repeatRows[1]}`);
  const pages = layout.headersFooters.defaultForAllPages;
  // Office.js takes each section on its own.
  const header = headerFooterSections(p.header, FONT);
  const footer = headerFooterSections(p.footer, FONT);
  pages.leftHeader = header.left;
  pages.centerHeader = header.center;
  pages.rightHeader = header.right;
  pages.leftFooter = footer.left;
  pages.centerFooter = footer.center;
  pages.rightFooter = footer.right;
  if (again) ws.horizontalPageBreaks.removePageBreaks();
  for (const row of sheet.pageBreaks ?? []) ws.horizontalPageBreaks.add(`A${row + 1}`);
}

/** A generated public sheet: its name in the workbook and its spec (for its print setup). */
export interface PrintableSheet {
  name: string;
  spec: SheetSpec;
}

/** The generated public sheets in print order: memo, summary, analysis, the follow-up (when
 *  this run has one), plan. */
export function printableSheets(
  spec: WorkbookSpec,
  placements: SheetPlacement[],
): PrintableSheet[] {
  return placements
    .map((p) => ({ name: p.name, spec: spec.sheets[p.index] as SheetSpec }))
    .filter((s) => s.spec && PUBLIC_PRINT_ORDER.includes(s.spec.kind))
    .sort(
      (a, b) => PUBLIC_PRINT_ORDER.indexOf(a.spec.kind) - PUBLIC_PRINT_ORDER.indexOf(b.spec.kind),
    );
}

/**
 * What the print step did with the print setup: "set" (Excel took it), "unsupported" (the host
 * has no page-layout API: ExcelApi 1.9, missing in Office 2019), "refused" (Excel answered with
 * an error).
 */
export type PrintSetupState = "set" | "unsupported" | "refused";

export type PdfOutcome =
  | { kind: "pdf"; bytes: Uint8Array; printSetup: PrintSetupState }
  /** No PDF: the host cannot make one, made an empty one, or failed; the user prints with
   *  Excel's own menu. */
  | { kind: "manual"; printSetup: PrintSetupState; pdf?: "empty" | "failed" };

export { pdfSupported };

/**
 * The pane's print step: sets the print setup of the generated public sheets (by name, in
 * order) where the host has the page-layout API, activates the first, and, when `pdf` is asked
 * and the host supports it, returns the PDF of those sheets alone. It says what was done: a
 * print setup Excel refused or could not take is never reported as set.
 */
export async function preparePrint(
  run: Run,
  publicSheets: PrintableSheet[],
  options: { pdf: boolean; pageLayout: boolean; getPdf?: () => Promise<Uint8Array> },
): Promise<PdfOutcome> {
  let printSetup: PrintSetupState = options.pageLayout ? "set" : "unsupported";
  if (options.pageLayout) {
    try {
      await run(async (context) => {
        for (const { name, spec } of publicSheets) {
          applyPageLayout(context.workbook.worksheets.getItem(name), spec, true);
        }
        await context.sync();
      });
    } catch {
      printSetup = "refused";
    }
  }
  await run(async (context) => {
    const first = publicSheets[0];
    if (first) context.workbook.worksheets.getItem(first.name).activate();
    await context.sync();
  });
  const getPdf = options.getPdf ?? (pdfSupported() ? fileAsPdf : null);
  if (!options.pdf || !getPdf) return { kind: "manual", printSetup };

  const names = new Set(publicSheets.map((s) => s.name));
  const hidden = await hideOthers(run, names);
  try {
    const bytes = await getPdf();
    return bytes.length > 0
      ? { kind: "pdf", bytes, printSetup }
      : { kind: "manual", printSetup, pdf: "empty" };
  } catch {
    return { kind: "manual", printSetup, pdf: "failed" };
  } finally {
    await restore(run, hidden);
  }
}

/** Hides every visible sheet that is not one of `keep`; returns their names. */
async function hideOthers(run: Run, keep: Set<string>): Promise<string[]> {
  return run(async (context) => {
    const sheets = context.workbook.worksheets;
    sheets.load("items/name,items/visibility");
    await context.sync();
    const hidden: string[] = [];
    for (const ws of sheets.items) {
      if (keep.has(ws.name) || ws.visibility !== "Visible") continue;
      ws.visibility = "Hidden";
      hidden.push(ws.name);
    }
    await context.sync();
    return hidden;
  });
}

async function restore(run: Run, names: string[]): Promise<void> {
  if (names.length === 0) return;
  await run(async (context) => {
    for (const name of names) {
      context.workbook.worksheets.getItem(name).visibility = "Visible";
    }
    await context.sync();
  });
}

/** The whole (visible) workbook as a PDF, read slice by slice. */
function fileAsPdf(): Promise<Uint8Array> {
  return new Promise((resolve, reject) => {
    Office.context.document.getFileAsync(
      Office.FileType.Pdf,
      { sliceSize: 4 * 1024 * 1024 },
      (result) => {
        if (result.status !== Office.AsyncResultStatus.Succeeded) {
          reject(new Error(result.error?.message ?? "getFileAsync failed"));
          return;
        }
        const file = result.value;
        const chunks: Uint8Array[] = [];
        const next = (index: number) => {
          if (index >= file.sliceCount) {
            file.closeAsync();
            const total = chunks.reduce((s, c) => s + c.length, 0);
            const out = new Uint8Array(total);
            let at = 0;
            for (const c of chunks) {
              out.set(c, at);
              at += c.length;
            }
            resolve(out);
            return;
          }
          file.getSliceAsync(index, (slice) => {
            if (slice.status !== Office.AsyncResultStatus.Succeeded) {
              file.closeAsync();
              reject(new Error(slice.error?.message ?? "getSliceAsync failed"));
              return;
            }
            chunks.push(new Uint8Array(slice.value.data as number[]));
            next(index + 1);
          });
        };
        next(0);
      },
    );
  });
}
