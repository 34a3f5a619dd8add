import type { PaneHost } from "./paneHost";
import type { ReadStep, WorkerReply, WorkerRequest } from "./xlsxWorkerProtocol";

const SETTINGS_KEY = "itaAnalyzer.options";
const XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
const XLSM = "application/vnd.ms-excel.sheet.macroEnabled.12";

/** A file the page cannot read: `reason` says what it is and what to do, when it is known. */
export class StandaloneFileError extends Error {
  constructor(readonly reason: { th: string; en: string } | null) {
    super(reason?.en ?? "cannot read the file");
  }
}

/** The reading of a file was given up for a newer choice (its worker is stopped). */
export class ReadCancelled extends Error {
  constructor() {
    super("cancelled");
  }
}

export interface StandaloneOptions {
  /** Told while the file is read. */
  onProgress?: (step: ReadStep) => void;
  /** Stops the reading (and the host's worker), e.g. when the user chooses another file. */
  signal?: AbortSignal;
}

/**
 * The pane in a plain browser: a workbook opened from disk, read once in a Web Worker (the
 * package read and merged there, off the page's thread), the same pipeline, and the result
 * offered as a download named after the file: the user's file with our sheets added. One
 * worker per file; aborting (a newer file chosen) or `dispose` stops it, and whatever it was
 * doing is given up (ReadCancelled). This module is loaded only in this mode, as a separate
 * chunk; the worker is a chunk of its own.
 */
export async function standalonePaneHost(
  file: File,
  options: StandaloneOptions = {},
): Promise<PaneHost> {
  const { signal, onProgress } = options;
  if (signal?.aborted) throw new ReadCancelled();
  const worker = new Worker(new URL("./xlsx.worker.ts", import.meta.url));
  let next = 1;
  const pending = new Map<
    number,
    { resolve: (r: WorkerReply) => void; reject: (e: Error) => void }
  >();
  let stopped = false;
  const stop = () => {
    if (stopped) return;
    stopped = true;
    worker.terminate();
    for (const p of pending.values()) p.reject(new ReadCancelled());
    pending.clear();
  };
  signal?.addEventListener("abort", stop, { once: true });
  worker.onmessage = (e: MessageEvent<WorkerReply>) => {
    const reply = e.data;
    if (reply.type === "progress") {
      if (!stopped) onProgress?.(reply);
      return;
    }
    const waiting = pending.get(reply.id);
    pending.delete(reply.id);
    waiting?.resolve(reply);
  };
  const ask = (
    msg: Omit<WorkerRequest, "id"> & { type: WorkerRequest["type"] },
    transfer: Transferable[] = [],
  ) =>
    new Promise<WorkerReply>((resolve, reject) => {
      if (stopped) return reject(new ReadCancelled());
      const id = next++;
      pending.set(id, { resolve, reject });
      worker.postMessage({ ...msg, id } as WorkerRequest, transfer);
    });

  const bytes = await file.arrayBuffer();
  const opened = await ask({ type: "open", bytes } as Omit<WorkerRequest, "id">, [bytes]);
  if (opened.type !== "opened") {
    stop();
    throw new StandaloneFileError(opened.type === "error" ? opened.message : null);
  }
  const macro = /\.xlsm$/i.test(file.name);
  // FILE.xlsx gives FILE-analysis.xlsx; an earlier download opened again keeps its name.
  const downloadName =
    file.name.replace(/\.xls[xm]$/i, "").replace(/-analysis$/i, "") +
    (macro ? "-analysis.xlsm" : "-analysis.xlsx");
  return {
    kind: "standalone",
    fileName: file.name,
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
      const blob = new Blob([reply.bytes], { type: macro ? XLSM : XLSX });
      return {
        kind: "done",
        analysis: reply.analysis,
        sheets: reply.sheets,
        download: { name: downloadName, blob },
      };
    },
    dispose: stop,
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
