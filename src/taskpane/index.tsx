import { createRoot } from "react-dom/client";
import { App } from "./App";
import { initialLang } from "./i18n";
import { officePaneHost } from "./officePaneHost";
import type { StandaloneOptions } from "./standalonePaneHost";

/**
 * The pane's entry, run after guard.js (ES5), which loads office.js only when Office opened the
 * page and, in a webview too old for the pane (Internet Explorer, old Edge), shows the way on
 * and sets `__itaUnsupported`: then this bundle does nothing. Inside Excel, Office.onReady says
 * so (once) and the pane talks to Excel through Office.js. In a plain browser (office.js not
 * loaded, or onReady gives no host) it offers to open an .xlsx file; ExcelJS is then loaded as a
 * separate chunk.
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

if (unsupported) {
  // guard.js has said why and offered the way on.
} else if (typeof Office === "undefined") {
  standalone();
} else {
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
