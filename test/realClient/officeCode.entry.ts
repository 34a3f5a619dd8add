/**
 * The Office code on its own, for the real-client tests: bundled (esbuild) into a page that
 * loads Microsoft's office.js first, then calls the add-in's Office host exactly as the pane
 * does, through `Excel.run` and `isSetSupported`.
 */
import type { GenerateOptions } from "../../src/domain/generate";
import { generateInExcel, type OfficeHost } from "../../src/hosts/office/generateInExcel";
import { detectFeatures, officeSupports } from "../../src/hosts/office/features";
import {
  pdfSupported,
  preparePrint,
  type PrintableSheet,
} from "../../src/hosts/office/preparePrint";
import { readGrids } from "../../src/hosts/office/readGrids";
import { readSelection } from "../../src/hosts/office/readSelection";

/** The writer's own estimate of each write request, in order (to compare with the wire). */
let estimates: number[] = [];
const office: OfficeHost = {
  run: (batch) => Excel.run(batch),
  supports: officeSupports,
  onRequest: (bytes) => estimates.push(bytes),
};

let last: PrintableSheet[] = [];
let marks = 0;

const api = {
  ready: () =>
    Office.onReady().then((info) => ({
      host: info.host,
      platform: info.platform,
      excelApi: [7, 8, 9, 12, 13, 17].filter((v) => officeSupports(`1.${v}`)),
    })),
  read: () =>
    Excel.run(async (context) => {
      const read = await readGrids(context, detectFeatures(office.supports));
      return {
        sheets: read.grids.map((g) => ({
          name: g.name,
          rows: g.values.length,
          merges: g.merges ?? [],
          generated: g.generated,
        })),
        findings: read.findings.map((f) => f.rule),
      };
    }),
  readSelection: () =>
    Excel.run(async (context) => {
      const grids = await readSelection(context);
      return grids.map((g) => ({ name: g.name, rows: g.values.length, top: g.top }));
    }),
  generate: async (options: GenerateOptions & { scope?: "workbook" | "selection" } = {}) => {
    const newMarkId = () => (++marks).toString(16).padStart(16, "0");
    estimates = [];
    const outcome = await generateInExcel(office, { newMarkId, ...options });
    if (outcome.kind === "done") last = outcome.printable ?? [];
    return outcome.kind === "done"
      ? {
          kind: outcome.kind,
          sheets: outcome.sheets,
          warnings: outcome.warnings,
          total: outcome.analysis.total.score,
          printable: last.map((s) => s.name),
          estimates,
        }
      : outcome.kind === "failed"
        ? { kind: outcome.kind, code: outcome.code, message: outcome.message }
        : { kind: outcome.kind, findings: outcome.findings.map((f) => f.rule) };
  },
  pdfSupported: () => pdfSupported(),
  print: async (pdf: boolean) => {
    const outcome = await preparePrint((batch) => Excel.run(batch), last, {
      pdf,
      pageLayout: detectFeatures(office.supports).pageLayout,
    });
    return outcome.kind === "pdf"
      ? { ...outcome, bytes: Array.from(outcome.bytes) }
      : { ...outcome };
  },
};

(window as unknown as { __ita: typeof api }).__ita = api;
