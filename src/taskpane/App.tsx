import {
  FluentProvider,
  Text,
  Title3,
  makeStyles,
  tokens,
  webLightTheme,
} from "@fluentui/react-components";
import { Suspense, lazy, useEffect, useMemo, useRef, useState } from "react";
import type { Bilingual, Lang } from "../domain/types";
import { Busy, SelectField } from "./components/controls";
import { LazyNotice } from "./components/LazyNotice";

// Shown only after Generate: loaded then, not before the pane is usable.
const ResultView = lazy(() =>
  import(/* webpackChunkName: "result" */ "./components/ResultView").then((m) => ({
    default: m.ResultView,
  })),
);
const PrintStep = lazy(() =>
  import(/* webpackChunkName: "result" */ "./components/PrintStep").then((m) => ({
    default: m.PrintStep,
  })),
);
// Shown once there is a host and its workbook has been read: fetched when the host is set (inside
// Excel, at once; in a browser, when a file is opened), not part of the first download.
const loadChecked = () => import(/* webpackChunkName: "checked" */ "./components/checked");
const Button = lazy(() => loadChecked().then((m) => ({ default: m.Button })));
const FoundSummary = lazy(() => loadChecked().then((m) => ({ default: m.FoundSummary })));
const OptionsForm = lazy(() => loadChecked().then((m) => ({ default: m.OptionsForm })));
const FindingsList = lazy(() => loadChecked().then((m) => ({ default: m.FindingsList })));
import { strings } from "./i18n";
import type { PaneHost } from "./paneHost";
import type { StandaloneOptions } from "./standalonePaneHost";
import { usePane } from "./usePane";
import type { ReadStep } from "./xlsxWorkerProtocol";

export interface AppProps {
  /** The host inside Excel; null in a plain browser until a file is opened. */
  host: PaneHost | null;
  /** Opens a file in standalone mode (loads the file path on demand); rejects with a `reason`
   *  for a file it cannot read, and is stopped by `options.signal`. */
  openFile?: (file: File, options: StandaloneOptions) => Promise<PaneHost>;
  /** @default "th" */
  initialLang?: Lang;
}

const useStyles = makeStyles({
  root: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalM,
    padding: tokens.spacingHorizontalM,
    maxWidth: "640px",
    minWidth: "280px",
    fontFamily: tokens.fontFamilyBase,
  },
  header: {
    display: "flex",
    justifyContent: "space-between",
    alignItems: "center",
    gap: tokens.spacingHorizontalS,
  },
  rule: { borderTop: `1px solid ${tokens.colorNeutralStroke2}`, width: "100%" },
});

const STEPS = ["reading", "checking", "writing"] as const;

export function App({ host: officeHost, openFile, initialLang = "th" }: AppProps) {
  const styles = useStyles();
  const [lang, setLang] = useState<Lang>(initialLang);
  const [host, setHost] = useState<PaneHost | null>(officeHost);
  // The file being read (one at a time: a newer choice stops the older read), and where it is.
  const [opening, setOpening] = useState<{ name: string; step: ReadStep | null } | null>(null);
  // A file we cannot read: its name and why (null: no reason known).
  const [fileError, setFileError] = useState<{ name: string; reason: Bilingual | null } | null>(
    null,
  );
  const reading = useRef<AbortController | null>(null);
  const opened = useRef<PaneHost | null>(null);
  useEffect(
    () => () => {
      reading.current?.abort();
      opened.current?.dispose?.();
    },
    [],
  );
  const chooseFile = async (file: File) => {
    if (!openFile) return;
    // A newer choice stops the older read, and the file shown before goes with its worker.
    reading.current?.abort();
    opened.current?.dispose?.();
    opened.current = null;
    const controller = new AbortController();
    reading.current = controller;
    const current = () => reading.current === controller;
    setHost(null);
    setFileError(null);
    setOpening({ name: file.name, step: null });
    try {
      const next = await openFile(file, {
        signal: controller.signal,
        onProgress: (step) => current() && setOpening({ name: file.name, step }),
      });
      if (!current()) {
        next.dispose?.();
        return;
      }
      opened.current = next;
      setHost(next);
    } catch (err) {
      if (!current()) return;
      const reason = (err as { reason?: Bilingual | null } | null)?.reason ?? null;
      setFileError({ name: file.name, reason });
    } finally {
      if (current()) {
        reading.current = null;
        setOpening(null);
      }
    }
  };
  const pane = usePane(host);
  useEffect(() => {
    if (host) void loadChecked();
  }, [host]);
  const t = strings(lang);
  const { state } = pane;
  const outcome = state.outcome;
  const downloadUrl = useMemo(
    () =>
      outcome?.kind === "done" && outcome.download
        ? URL.createObjectURL(outcome.download.blob)
        : null,
    [outcome],
  );
  useEffect(
    () => () => (downloadUrl ? URL.revokeObjectURL(downloadUrl) : undefined),
    [downloadUrl],
  );
  // Before anything is replaced, the pane lists what will be: only sheets provably ours.
  const replaced = state.preview?.replaced ?? [];
  const findings =
    outcome?.kind === "done"
      ? outcome.analysis.findings
      : outcome?.kind === "rejected"
        ? outcome.findings
        : state.check
          ? state.check.ok
            ? state.check.analysis.findings
            : state.check.findings
          : [];

  return (
    <FluentProvider theme={webLightTheme} lang={lang}>
      <main className={styles.root}>
        <div className={styles.header}>
          <Title3 as="h1">{t.title}</Title3>
          <SelectField
            label={t.uiLanguage}
            hiddenLabel
            size="small"
            value={lang}
            options={[
              { value: "th", text: "ไทย" },
              { value: "en", text: "English" },
            ]}
            onChange={(v) => setLang(v as Lang)}
          />
        </div>
        <Text>{t.subtitle}</Text>

        {!officeHost && (
          <section aria-label={t.standaloneTitle}>
            <Text as="h2" block weight="semibold" size={400}>
              {t.standaloneTitle}
            </Text>{" "}
            <Text as="p" block>
              {t.standaloneBody}
            </Text>{" "}
            <label>
              <Text>{t.openFile}</Text>{" "}
              <input
                type="file"
                accept=".xlsx,.xlsm,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
                aria-label={t.openFile}
                onChange={(e) => {
                  const file = e.target.files?.[0];
                  if (file) void chooseFile(file);
                }}
              />
            </label>
          </section>
        )}
        {opening && (
          <div>
            <Busy label={t.openingFile(opening.name, opening.step)} />
            {opening.step?.step === "sheet" && (
              <progress
                value={opening.step.done}
                max={opening.step.total}
                aria-label={t.openingFile(opening.name, opening.step)}
              />
            )}
          </div>
        )}
        {fileError && (
          <LazyNotice intent="error" title={t.fileError(fileError.name)}>
            {fileError.reason?.[lang] ?? t.fileUnreadable}
          </LazyNotice>
        )}
        {host?.fileName && (
          <Text>
            {t.fileLabel}: <strong>{host.fileName}</strong>
          </Text>
        )}

        {state.busy === "reading" && <Busy label={t.reading} />}
        {state.preview && state.check && (
          <Suspense fallback={null}>
            <FoundSummary
              lang={lang}
              preview={state.preview}
              check={state.check}
              inExcel={host?.kind === "office"}
            />
          </Suspense>
        )}
        {host?.kind === "office" && (
          <Suspense fallback={null}>
            <div className={styles.header}>
              <Button appearance="subtle" onClick={() => void pane.read("selection")}>
                {t.useSelection}
              </Button>
              <Button appearance="subtle" onClick={() => void pane.read("workbook")}>
                {t.readAgain}
              </Button>
            </div>
          </Suspense>
        )}

        {state.check?.ok && (
          // Fetched while the workbook was read: in practice already here.
          <Suspense fallback={null}>
            <hr className={styles.rule} />
            <Text weight="semibold">{t.options}</Text>
            <OptionsForm
              lang={lang}
              years={state.check.analysis.years}
              foundUnit={state.check.analysis.unit?.name ?? null}
              settings={state.settings}
              onChange={pane.setSettings}
            />
            {host?.kind === "office" && (
              // Settings.saveAsync stores them in the document; the file keeps them once saved.
              <Text as="p" size={200}>
                {t.optionsKept}
              </Text>
            )}
            {replaced.length > 0 && (
              <section aria-label={t.willReplace}>
                <Text as="p" block>
                  {t.willReplace}:
                </Text>{" "}
                <ul>
                  {replaced.map((name) => (
                    <li key={name}>{name}</li>
                  ))}
                </ul>
              </section>
            )}
            <Button
              appearance="primary"
              disabled={state.busy !== null}
              onClick={() => void pane.generate()}
            >
              {state.busy && state.busy !== "reading" ? t.generating : t.generate}
            </Button>
            {state.busy && state.busy !== "reading" && (
              <Busy
                label={`${STEPS.indexOf(state.busy) + 1}/${STEPS.length} ${t.steps[state.busy]}`}
              />
            )}
          </Suspense>
        )}

        {state.settingsNotes.map((n) => (
          <LazyNotice key={n.en} intent="warning">
            {n[lang]}
          </LazyNotice>
        ))}
        {state.error && (
          <LazyNotice intent="error" title={t.excelError}>
            {state.error[lang]}
          </LazyNotice>
        )}
        {outcome?.kind === "rejected" && <LazyNotice intent="error" title={t.rejected} />}
        {outcome?.kind === "done" &&
          (outcome.warnings ?? []).map((w) => (
            <LazyNotice key={w.en} intent="warning" title={t.warning}>
              {w[lang]}
            </LazyNotice>
          ))}
        {outcome?.kind === "done" && (
          <Suspense fallback={<Busy label={t.generating} />}>
            <ResultView
              lang={lang}
              analysis={outcome.analysis}
              sheets={outcome.sheets}
              {...(host?.activateSheet
                ? { onOpenSheet: (name: string) => void host.activateSheet?.(name) }
                : {})}
              {...(downloadUrl && outcome.download
                ? { download: { name: outcome.download.name, url: downloadUrl } }
                : {})}
            />
            <hr className={styles.rule} />
            <PrintStep
              lang={lang}
              {...(host?.preparePrint && outcome.printable
                ? {
                    sheets: outcome.printable,
                    prepare: host.preparePrint,
                    canMakePdf: host.canMakePdf?.() ?? false,
                    canSetUpPrint: host.canSetUpPrint?.() ?? false,
                  }
                : {})}
            />
          </Suspense>
        )}
        {(state.check || outcome) && (
          <Suspense fallback={null}>
            <hr className={styles.rule} />
            <Text weight="semibold">{t.findings}</Text>
            <FindingsList
              lang={lang}
              findings={findings}
              {...(host?.selectCell
                ? { onSelectCell: (cell: string) => void host.selectCell?.(cell) }
                : {})}
            />
          </Suspense>
        )}
      </main>
    </FluentProvider>
  );
}
