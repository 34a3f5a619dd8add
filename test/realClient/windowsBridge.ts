/**
 * The stand-in for Excel on Windows's side of office.js: `window.external`, as Excel's webview
 * gives it to the page (read from office.js's excel-win32-16.01 script: InitializationHelper.
 * getAppContext, RichClientHostController.execute, SafeArray.Delegate.executeAsync,
 * ClientSettingsManager). It runs in the page (Playwright's addInitScript, so it must not use
 * anything outside itself) and passes every call to the test through `window.__excelHost`,
 * which answers from the fake Excel (host.ts):
 *   GetContext()                     the add-in's context: Excel (app type 1), the locale, the
 *                                    requirement sets (GetSupportedMatrix), the settings store
 *   Execute(93, [request], callback) a ProcessQuery (Excel.run's sync): its body to the test,
 *                                    the answer back as [status, [httpStatus, headers, body]]
 *   Execute(77 | 80 | 81, …)         Document.getFileAsync, File.getSliceAsync, File.closeAsync
 * Settings are read and written synchronously, as on Windows (GetSettings().Read/Write); each
 * write is also handed to the test.
 */
export interface WindowsBridgeConfig {
  locale: string;
  /** Requirement sets and their versions, e.g. { ExcelApi: "1.7", PdfFile: "1.1" }. */
  sets: Record<string, string>;
  /** The document's settings as stored (each value JSON, as office.js serialises them). */
  settings: Record<string, string>;
  hostVersion: string;
}

export function installWindowsBridge(config: WindowsBridgeConfig): void {
  /** Office.js's status for success (OSF.DDA.ErrorCodeManager.errorCodes.ooeSuccess). */
  const OOE_SUCCESS = 0;
  type Callback = (response: { toArray(): unknown[] } | number) => void;
  const w = window as unknown as {
    external: unknown;
    __excelHost(call: unknown): Promise<unknown>;
    __bridgeCalls?: string[];
  };
  const calls: string[] = (w.__bridgeCalls = []);
  const settings: Record<string, string> = { ...config.settings };
  const answer = (callback: Callback, status: number, payload?: unknown) =>
    callback({ toArray: () => (payload === undefined ? [status] : [status, payload]) });
  const store = {
    Read(keys: string[], values: string[]) {
      for (const k of Object.keys(settings)) {
        keys.push(k);
        values.push(settings[k] as string);
      }
    },
    Write(keys: string[], values: string[]) {
      for (const k of Object.keys(settings)) delete settings[k];
      keys.forEach((k, i) => (settings[k] = values[i] as string));
      void w.__excelHost({ kind: "settings", settings: { ...settings } });
    },
  };
  const context = {
    GetAppType: () => 1,
    GetSolutionRef: () => "ITA Analyzer",
    GetAppVersionMajor: () => 16,
    GetAppVersionMinor: () => 1,
    GetAppUILocale: () => config.locale,
    GetAppDataLocale: () => config.locale,
    GetDocUrl: () => "C:\\Users\\staff\\Documents\\ITA.xlsx",
    GetAppCapabilities: () => 0,
    GetActivationMode: () => 0,
    GetControlIntegrationLevel: () => 0,
    GetSolutionToken: () => "",
    GetSupportedMatrix: () => JSON.stringify(config.sets),
    GetHostFullVersion: () => config.hostVersion,
    GetSettings: () => store,
  };
  w.external = {
    GetContext: () => context,
    // As Excel on Windows names itself to office.js: host, platform, script version, locale.
    GetHostInfo: () => `Excel$Win32$16.01$${config.locale}$$$$0`,
    Execute(dispId: number, params: unknown[], callback: Callback) {
      calls.push(String(dispId));
      void w
        .__excelHost({ kind: "execute", dispId, params })
        .then((reply) => {
          const r = reply as { status: number; payload?: unknown };
          answer(callback, r.status, r.payload);
        })
        .catch(() => answer(callback, 5001));
    },
    RegisterEvent(_id: number, _target: string, _handler: unknown, callback: Callback) {
      answer(callback, OOE_SUCCESS);
    },
    UnregisterEvent(_id: number, _target: string, callback: Callback) {
      answer(callback, OOE_SUCCESS);
    },
  };
}
