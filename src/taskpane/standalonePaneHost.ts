import type { PaneHost } from "./paneHost";
import type { WorkerReply, WorkerRequest } from "./xlsxWorkerProtocol";

const SETTINGS_KEY = "itaAnalyzer.options";
const XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
const XLSM = "application/vnd.ms-excel.sheet.macroEnabled.12";

/** A file the page cannot read: `message` says why when the file is over a cap. */
export class StandaloneFileError extends Error {
  constructor(readonly reason: { th: string; en: string } | null) {
    super(reason?.en ?? "cannot read the file");
  }
}

/**
 * The pane in a plain browser: a workbook opened from disk, read once in a Web Worker (ExcelJS
 * and the package merge run there, off the page's thread), the same pipeline, and the result
 * offered as a download: the user's file with our sheets added. This module is loaded only in
 * this mode, as a separate chunk; the worker is a chunk of its own.
 */
export async function standalonePaneHost(file: File): Promise<PaneHost> {
  const worker = new Worker(new URL("./xlsx.worker.ts", import.meta.url));
  let next = 1;
  const pending = new Map<number, (reply: WorkerReply) => void>();
  worker.onmessage = (e: MessageEvent<WorkerReply>) => {
    const resolve = pending.get(e.data.id);
    pending.delete(e.data.id);
    resolve?.(e.data);
  };
  const ask = (
    msg: Omit<WorkerRequest, "id"> & { type: WorkerRequest["type"] },
    transfer: Transferable[] = [],
  ) =>
    new Promise<WorkerReply>((resolve) => {
      const id = next++;
      pending.set(id, resolve);
      worker.postMessage({ ...msg, id } as WorkerRequest, transfer);
    });

  const bytes = await file.arrayBuffer();
  const opened = await ask({ type: "open", bytes } as Omit<WorkerRequest, "id">, [bytes]);
  if (opened.type !== "opened") {
    worker.terminate();
    throw new StandaloneFileError(opened.type === "error" ? opened.message : null);
  }
  const macro = /\.xlsm$/i.test(file.name);
  return {
    kind: "standalone",
    // A copy each time: the pane adds the reading's notes to the check it gets.
    read: async () => ({
      grids: opened.grids,
      findings: opened.findings,
      check: structuredClone(opened.check),
    }),
    generate: async (options) => {
      const reply = await ask({ type: "generate", options } as Omit<WorkerRequest, "id">);
      if (reply.type === "rejected") return { kind: "rejected", findings: reply.findings };
      if (reply.type !== "generated") {
        return {
          kind: "failed",
          code: "file",
          message:
            reply.type === "error" && reply.message
              ? reply.message
              : {
                  th: "สร้างไฟล์ผลลัพธ์ไม่ได้",
                  en: "Cannot build the output file",
                },
        };
      }
      const name =
        file.name.replace(/\.xls[xm]$/i, "") + (macro ? "-analysis.xlsm" : "-analysis.xlsx");
      const blob = new Blob([reply.bytes], { type: macro ? XLSM : XLSX });
      return {
        kind: "done",
        analysis: reply.analysis,
        sheets: reply.sheets,
        download: { name, blob },
      };
    },
    loadSettings: () => {
      try {
        return JSON.parse(localStorage.getItem(SETTINGS_KEY) ?? "null") as unknown;
      } catch {
        return null;
      }
    },
    saveSettings: async (settings) => {
      localStorage.setItem(SETTINGS_KEY, JSON.stringify(settings));
    },
  };
}
