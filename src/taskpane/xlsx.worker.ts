/**
 * The standalone page's workbook worker: it reads the file once (bounded, see
 * hosts/xlsx/limits.ts) and merges our sheets into it on Generate, off the page's thread, so the
 * pane stays responsive however large the file.
 */
import type ExcelJSType from "exceljs";
import ExcelJSBrowser from "exceljs/dist/exceljs.min.js";
import { generateFile, openFile, type OpenedFile } from "../hosts/xlsx/generateFile";
import { WorkbookLimitError } from "../hosts/xlsx/limits";
import type { WorkerReply, WorkerRequest } from "./xlsxWorkerProtocol";

const ExcelJS = ExcelJSBrowser as typeof ExcelJSType;
const scope = self as unknown as {
  onmessage: ((e: MessageEvent<WorkerRequest>) => void) | null;
  postMessage(message: WorkerReply, transfer?: Transferable[]): void;
};

let opened: OpenedFile | null = null;

scope.onmessage = (e) => {
  void handle(e.data);
};

async function handle(msg: WorkerRequest): Promise<void> {
  try {
    if (msg.type === "open") {
      opened = await openFile(new Uint8Array(msg.bytes), ExcelJS);
      scope.postMessage({
        id: msg.id,
        type: "opened",
        grids: opened.grids,
        findings: opened.findings,
      });
      return;
    }
    if (!opened) throw new Error("no workbook open");
    const { result, sheets, bytes } = await generateFile(opened, msg.options, ExcelJS);
    if (!result.ok || !bytes) {
      scope.postMessage({
        id: msg.id,
        type: "rejected",
        findings: result.ok ? [] : result.findings,
      });
      return;
    }
    const buffer = bytes.buffer.slice(
      bytes.byteOffset,
      bytes.byteOffset + bytes.byteLength,
    ) as ArrayBuffer;
    scope.postMessage(
      { id: msg.id, type: "generated", analysis: result.analysis, sheets, bytes: buffer },
      [buffer],
    );
  } catch (err) {
    const message = err instanceof WorkbookLimitError ? { th: err.th, en: err.en } : null;
    scope.postMessage({ id: msg.id, type: "error", message });
  }
}
