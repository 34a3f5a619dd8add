import { createRoot } from "react-dom/client";
import { App } from "./App";
import { initialLang } from "./i18n";
import { officePaneHost } from "./officePaneHost";
import type { StandaloneOptions } from "./standalonePaneHost";

/**
 * The pane's entry, run after guard.js (ES5), which loads office.js only when Office opened the
 * page and, in a webview too old for the pane (Internet Explorer, old Edge), shows the way on
 * and sets `__itaUnsupported`: then this bundle does nothing. It waits for office.js to have
 * loaded (or failed) before deciding anything. Inside Excel, Office.onReady says so (once) and
 * the pane talks to Excel through Office.js. In a plain browser (office.js not loaded, or
 * onReady gives no host) it offers to open an .xlsx file, read by the standalone chunk.
 */
const unsupported = (window as unknown as { __itaUnsupported?: boolean }).__itaUnsupported;
const root = unsupported ? null : createRoot(document.getElementById("root") as HTMLElement);

const openFile = async (file: File, options: StandaloneOptions) => {
  const { standalonePaneHost } = await import(
    /* webpackChunkName: "standalone" */ "./standalonePaneHost"
  );
  return standalonePaneHost(file, options);
};

function standalone(): void {
  root?.render(
    <App host={null} openFile={openFile} initialLang={initialLang(navigator.language)} />,
  );
}

/** office.js, when guard.js is loading it (inside Office): done once it has loaded or failed. */
function officeJsLoaded(): Promise<void> {
  const loading = (
    window as unknown as { __itaOfficeJs?: { done: boolean; callbacks: (() => void)[] } }
  ).__itaOfficeJs;
  if (!loading || loading.done) return Promise.resolve();
  return new Promise((resolve) => loading.callbacks.push(resolve));
}

function start(): void {
  if (typeof Office === "undefined") {
    standalone();
    return;
  }
  void Office.onReady((info) => {
    if (info.host !== Office.HostType.Excel) {
      standalone();
      return;
    }
    root?.render(
      <App host={officePaneHost()} initialLang={initialLang(Office.context.displayLanguage)} />,
    );
  });
}

// guard.js has said why and offered the way on where the webview is too old.
if (!unsupported) void officeJsLoaded().then(start);
