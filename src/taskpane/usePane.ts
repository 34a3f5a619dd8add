import { useCallback, useEffect, useRef, useState } from "react";
import type { AnalyseResult } from "../domain/analyse/types";
import type { Bilingual } from "../domain/types";
import { STRINGS } from "./i18n";
import type { GenerateOutcome, PaneHost, PaneSettings, Preview } from "./paneHost";

export type Step = "reading" | "checking" | "writing";

export interface PaneState {
  scope: "workbook" | "selection";
  preview: Preview | null;
  check: AnalyseResult | null;
  settings: PaneSettings;
  busy: Step | null;
  outcome: GenerateOutcome | null;
  error: Bilingual | null;
  /** Saved options that were invalid and are ignored. */
  settingsNotes: Bilingual[];
}

const fileError: Bilingual = { th: STRINGS.th.fileUnreadable, en: STRINGS.en.fileUnreadable };

/** The parser and the analysis: a chunk fetched while the host reads (check.ts). */
const loadCheck = () => import(/* webpackChunkName: "check" */ "./check");

const INITIAL: PaneState = {
  scope: "workbook",
  preview: null,
  check: null,
  settings: {},
  busy: null,
  outcome: null,
  error: null,
  settingsNotes: [],
};

/**
 * The pane's state and actions; components only render it. A new host (another file opened
 * outside Excel) starts from nothing, and what an earlier host answers late is dropped: the
 * pane never shows one file's result beside another's name.
 */
export function usePane(host: PaneHost | null) {
  const [state, setState] = useState<PaneState>(INITIAL);
  const current = useRef(host);
  const [shown, setShown] = useState(host);
  if (shown !== host) {
    // Reset during render when the host changes (React's "adjusting state on a prop change").
    setShown(host);
    setState(INITIAL);
  }
  useEffect(() => {
    current.current = host;
  }, [host]);
  const patch = useCallback(
    (p: Partial<PaneState>, from: PaneHost | null = host) => {
      if (current.current === from) setState((s) => ({ ...s, ...p }));
    },
    [host],
  );

  const read = useCallback(
    async (scope: "workbook" | "selection") => {
      if (!host) return;
      patch({ busy: "reading", scope, outcome: null, error: null });
      try {
        // Inside Excel, fetched while Excel answers; the standalone worker checks by itself.
        const checker = host.kind === "office" ? loadCheck() : null;
        const preview = await host.read(scope);
        const check = preview.check ?? (await (checker ?? loadCheck())).checkGrids(preview.grids);
        const notes = preview.findings ?? [];
        if (check.ok) check.analysis.findings.push(...notes);
        else check.findings.push(...notes);
        patch({ preview, check, busy: null });
      } catch (error) {
        const own = (error as { bilingual?: Bilingual } | null)?.bilingual;
        patch({
          busy: null,
          error:
            own ??
            (host.kind === "standalone"
              ? fileError
              : {
                  th: "อ่านสมุดงานไม่ได้ กรุณาลองอีกครั้ง",
                  en: "Cannot read the workbook; please try again",
                }),
        });
      }
    },
    [host, patch],
  );

  useEffect(() => {
    if (!host) return;
    const saved = host.loadSettings();
    // The schema and its messages are a small chunk of their own (the first download is tight).
    void import(/* webpackChunkName: "settings" */ "../domain/settings").then(
      ({ validateSettings }) => {
        const { settings, notes } = validateSettings(saved);
        patch({ settings, settingsNotes: notes });
      },
    );
    void read("workbook");
  }, [host, read, patch]);

  const generate = useCallback(async () => {
    if (!host) return;
    patch({ busy: "checking", outcome: null, error: null });
    let outcome: GenerateOutcome;
    try {
      // With the options form's chunk, fetched when the host was set.
      const { toOptions } = await import(/* webpackChunkName: "checked" */ "./generateOptions");
      const options = toOptions(state.settings, new Date());
      await host.saveSettings(state.settings);
      patch({ busy: "writing" });
      outcome = await host.generate(options, state.scope);
    } catch {
      // Dropped when the host was given up (another file chosen); said when it is still ours.
      patch({
        busy: null,
        error: { th: "สร้างชีตไม่สำเร็จ กรุณาลองอีกครั้ง", en: "Generating failed; please try again" },
      });
      return;
    }
    patch({ busy: null, outcome, error: outcome.kind === "failed" ? outcome.message : null });
  }, [host, patch, state.settings, state.scope]);

  const setSettings = useCallback((s: PaneSettings) => patch({ settings: s }), [patch]);
  return { state, read, generate, setSettings };
}
