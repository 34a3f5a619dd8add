/**
 * The standalone page's workbook worker: it reads the file once (bounded, see
 * hosts/xlsx/limits.ts) and merges our sheets into it on Generate, off the page's thread, so the
 * pane stays responsive however large the file.
 */
import { analyse } from "../domain/analyse/analyse";
import { a1Text } from "../domain/layout/ownership";
import { parseWorkbook } from "../domain/parse/parseWorkbook";
import { generateFile, openFile, type OpenedFile } from "../hosts/xlsx/generateFile";
import { damagedWorkbook } from "../hosts/xlsx/fileKind";
import { WorkbookLimitError } from "../hosts/xlsx/limits";
import type { WorkerReply, WorkerRequest } from "./xlsxWorkerProtocol";

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
      scope.postMessage({ id: msg.id, type: "progress", step: "open" });
      opened = await openFile(new Uint8Array(msg.bytes), {
        onProgress: (p) => scope.postMessage({ id: msg.id, type: "progress", step: "sheet", ...p }),
      });
      scope.postMessage({ id: msg.id, type: "progress", step: "check" });
      // The check is made here too, and only what the pane shows crosses to the page: a large
      // sheet never blocks the page's thread, neither to be parsed nor to be copied.
      const check = analyse(parseWorkbook(opened.grids));
      const grids = opened.grids.map((g) => ({
        name: g.name,
        top: 1,
        left: 1,
        values: [[a1Text(g)]],
        ...(g.visibility ? { visibility: g.visibility } : {}),
        ...(g.generated !== undefined ? { generated: g.generated } : {}),
        tag: g.tag ?? null,
        mark: g.mark ?? null,
      }));
      scope.postMessage({ id: msg.id, type: "opened", grids, findings: opened.findings, check });
      return;
    }
    if (!opened) throw new Error("no workbook open");
    const { result, sheets, bytes } = await generateFile(opened, msg.options);
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
    // A file we cannot read says why (fileKind.ts, limits.ts); anything else while opening is a
    // damaged workbook.
    const known =
      err instanceof WorkbookLimitError ? err : msg.type === "open" ? damagedWorkbook() : null;
    scope.postMessage({
      id: msg.id,
      type: "error",
      message: known ? { th: known.th, en: known.en } : null,
    });
  }
}
