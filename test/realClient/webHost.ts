/**
 * The stand-in for Excel on the web's host page: it frames the add-in's page as Excel on the
 * web does (the page's address with `_host_Info` in the query and `_xdm_Info` in the fragment)
 * and answers office.js's postMessage calls (read from office.js's excel-web-16.00 script:
 * Microsoft.Office.Common.ClientEndPoint, XdmCommunicationManager, MessagePackager,
 * OSF.DDA.WAC.Delegate, the WAC parameter maps):
 *   ContextActivationManager_getAppContextAsync  the add-in's context (ExcelWebApp, app 16)
 *   ContextActivationManager_notifyHost          noted
 *   executeMethod, DispatchId 93                 a ProcessQuery: the body to the test
 *   executeMethod, DispatchId 76                 Settings.saveAsync
 *   executeMethod, DispatchId 77 | 80 | 81       getFileAsync, getSliceAsync, closeAsync
 * Each call goes to the test through `window.__excelHost` (host.ts).
 */
export interface WebHostConfig {
  addinUrl: string;
  hostUrl: string;
  locale: string;
  sets: Record<string, string>;
  settings: Record<string, string>;
}

export function webHostPage(config: WebHostConfig): string {
  const conversation = "ITA-conversation";
  const appId = "ITA-app";
  const query = `${config.addinUrl.includes("?") ? "&" : "?"}_host_Info=${encodeURIComponent(
    `Excel$Web$16.00$${config.locale}$$$$0`,
  )}`;
  const hash = `#&_xdm_Info=${conversation}$${appId}$${config.hostUrl}`;
  const frameUrl = `${config.addinUrl.split("#")[0]}${query}${hash}`;
  // As pageScript (host.ts) does: the helper transpilers may wrap named functions in.
  const script = `var __name = function (f) { return f; };(${host.toString()})(${JSON.stringify({ ...config, conversation, appId })});`;
  return `<!doctype html>
<html><head><meta charset="utf-8"><title>Excel</title></head>
<body style="margin:0">
<iframe id="addin" src="${frameUrl.replace(/"/g, "&quot;")}" style="width:320px;height:900px;border:0"></iframe>
<script>${script}</script>
</body></html>`;
}

/** Runs in the host page. */
function host(config: WebHostConfig & { conversation: string; appId: string }): void {
  const w = window as unknown as {
    __excelHost(call: unknown): Promise<{ status: number; payload?: unknown } | null>;
    __hostCalls?: string[];
  };
  const calls: string[] = (w.__hostCalls = []);
  const frame = document.getElementById("addin") as HTMLIFrameElement;
  const addinOrigin = new URL(config.addinUrl).origin;
  /** Microsoft.Office.Common: message type response 1, response for calling 0. */
  const reply = (
    request: { _actionName: string; _conversationId: string; _correlationId: number },
    data: unknown,
    errorCode = 0,
  ) => {
    const response = {
      _messageType: 1,
      _actionName: request._actionName,
      _conversationId: request._conversationId,
      _correlationId: request._correlationId,
      _origin: window.location.origin,
      _data: data,
      _errorCode: errorCode,
      _responseType: 0,
      _serializerVersion: 1,
    };
    frame.contentWindow?.postMessage(JSON.stringify(response), addinOrigin);
  };
  const appContext = () => ({
    _id: config.appId,
    _appName: 16,
    _appVersion: 16,
    _appMinorVersion: 0,
    _appUILocale: config.locale,
    _dataLocale: config.locale,
    _docUrl: "https://contoso.sharepoint.com/Documents/ITA.xlsx",
    _clientMode: 1,
    _settings: Object.entries(config.settings),
    _reason: 0,
    _osfControlType: 0,
    _eToken: "",
    _correlationId: "ITA-correlation",
    _appInstanceId: config.appId,
    _requirementMatrix: JSON.stringify(config.sets),
    _hostFullVersion: "16.0.18000.10000",
  });
  /** The settings in a SaveSettings call: [[key, value], …], wherever the parameter map put it. */
  const findSettings = (value: unknown): [string, string][] | null => {
    if (Array.isArray(value) && value.every((v) => Array.isArray(v) && v.length === 2))
      return value as [string, string][];
    if (value && typeof value === "object")
      for (const v of Object.values(value as Record<string, unknown>)) {
        const found = findSettings(v);
        if (found) return found;
      }
    return null;
  };
  window.addEventListener("message", (event) => {
    if (event.source !== frame.contentWindow || typeof event.data !== "string") return;
    let message: {
      _messageType: number;
      _actionName: string;
      _conversationId: string;
      _correlationId: number;
      _data: Record<string, unknown> | null;
    };
    try {
      message = JSON.parse(event.data);
    } catch {
      return;
    }
    if (message._messageType !== 0) return;
    calls.push(message._actionName);
    if (message._actionName === "ContextActivationManager_getAppContextAsync") {
      reply(message, appContext());
      return;
    }
    // notifyHost, event registrations (appCommandInvoked, …): acknowledged.
    if (message._actionName !== "executeMethod") {
      reply(message, { Error: 0 });
      return;
    }
    const data = message._data ?? {};
    const method = data.DdaMethod as { DispatchId: number } | undefined;
    const dispId = method?.DispatchId ?? -1;
    if (dispId === 76) {
      const saved = findSettings(data) ?? [];
      void w.__excelHost({ kind: "settings", settings: Object.fromEntries(saved) });
      reply(message, { Version: 1, Error: 0 });
      return;
    }
    // The WAC parameter maps: files by numbered keys (FileType 0, SliceSize 1, Handle 2,
    // SliceIndex 3); the answer's FileProperties (Handle 0, FileSize 1) and slices (Data 0,
    // SliceSize 1); a ProcessQuery in ArrayData, answered in Data.
    let params: unknown[];
    if (dispId === 93) params = [data.ArrayData];
    else if (dispId === 77) params = [data["0"] === 2 ? 6 : data["0"]];
    else if (dispId === 80) {
      const size = 4 * 1024 * 1024;
      params = [data["2"], Number(data["3"]) * size, size];
    } else params = [data["2"]];
    void w.__excelHost({ kind: "execute", dispId, params }).then((answer) => {
      const a = answer ?? { status: 5001 };
      if (a.status !== 0) {
        reply(message, { Version: 1, Error: a.status });
        return;
      }
      const p = a.payload as unknown[] | undefined;
      if (dispId === 93) reply(message, { Version: 1, Error: 0, Data: p });
      else if (dispId === 77 || dispId === 80)
        reply(message, { Version: 1, Error: 0, 0: p?.[0], 1: p?.[1] });
      else reply(message, { Version: 1, Error: 0 });
    });
  });
}
