/*
 * The page's first script of its own, in ES5 so that every webview Office has ever used can run
 * it (a parser check in the tests keeps it so). It does two things before the pane's bundle:
 *
 * 1. Loads office.js only when Office opened the page (the manifest's address carries
 *    ?office=1; Office itself adds _host_Info on some platforms). Opened as a plain web page, the
 *    page asks nothing of any other origin. office.js is added as a script element, not with
 *    document.write (which Chromium may refuse for a script of another origin on a slow link):
 *    the pane's bundle waits for it to load or fail (window.__itaOfficeJs) before it decides
 *    whether it runs in Office.
 * 2. Checks the engine. Office 2016/2019 bought outright, on Windows, shows add-ins in Internet
 *    Explorer 11 (Trident) or in the old Edge (EdgeHTML), which cannot run the pane (React 18,
 *    ES2020). There the page says so, in Thai and English, and offers the way on: the same page
 *    in the default browser, where the standalone mode does the whole job on the saved file.
 *    The bundle sees window.__itaUnsupported and stays out of the way.
 */
/* global window, document */
(function () {
  var OFFICE_JS = "https://appsforoffice.microsoft.com/lib/1/hosted/office.js";
  var w = window;
  var query = w.location.search || "";
  var inOffice = /[?&]office=1(&|$)/.test(query) || /[?&]_host_Info=/i.test(query);
  var ua = w.navigator.userAgent || "";
  var oldEngine =
    /Trident\/|MSIE /.test(ua) ||
    /Edge\/\d+/.test(ua) ||
    typeof w.Promise === "undefined" ||
    typeof w.Symbol === "undefined";

  if (inOffice) {
    var loading = (w.__itaOfficeJs = { done: false, callbacks: [] });
    var script = document.createElement("script");
    script.src = OFFICE_JS;
    script.onload = script.onerror = function () {
      if (loading.done) return;
      loading.done = true;
      for (var i = 0; i < loading.callbacks.length; i++) loading.callbacks[i]();
    };
    (document.head || document.getElementsByTagName("head")[0]).appendChild(script);
  }
  if (!oldEngine) return;
  w.__itaUnsupported = true;
  // No bundle will call Office.onReady here: office.js finishes starting once asked.
  if (inOffice)
    w.__itaOfficeJs.callbacks.push(function () {
      if (w.Office && w.Office.onReady) w.Office.onReady();
    });

  /** The same page outside Office: no office=1, no _host_Info. */
  function standaloneUrl() {
    var base = w.location.href.split("#")[0].split("?")[0];
    var kept = [];
    var parts = query.replace(/^\?/, "").split("&");
    for (var i = 0; i < parts.length; i++) {
      if (parts[i] && !/^(office|_host_Info)=/i.test(parts[i])) kept.push(parts[i]);
    }
    return kept.length ? base + "?" + kept.join("&") : base;
  }

  function canOpenBrowserWindow() {
    var office = w.Office;
    return !!(
      office &&
      office.context &&
      office.context.ui &&
      typeof office.context.ui.openBrowserWindow === "function" &&
      office.context.requirements &&
      office.context.requirements.isSetSupported("OpenBrowserWindowApi", "1.1")
    );
  }

  function el(tag, attrs, text) {
    var node = document.createElement(tag);
    for (var k in attrs)
      if (Object.prototype.hasOwnProperty.call(attrs, k)) node.setAttribute(k, attrs[k]);
    if (text) node.appendChild(document.createTextNode(text));
    return node;
  }

  function show() {
    var root = document.getElementById("root") || document.body;
    var url = standaloneUrl();
    var box = el("main", { id: "unsupported", lang: "th", role: "main" });
    box.style.fontFamily = "'Leelawadee UI', Tahoma, sans-serif";
    box.style.padding = "12px";
    box.style.lineHeight = "1.5";
    box.appendChild(el("h1", { style: "font-size:20px" }, "ITA Analyzer"));
    box.appendChild(
      el(
        "p",
        {},
        "Office รุ่นนี้เปิดโปรแกรมเสริมด้วย Internet Explorer หรือ Edge รุ่นเก่า ซึ่งแสดงหน้าต่าง ITA Analyzer แบบเต็มไม่ได้"
      )
    );
    box.appendChild(
      el(
        "p",
        {},
        "วิธีใช้ต่อ: บันทึกสมุดงาน (Ctrl+S) แล้วเปิดหน้านี้ในเบราว์เซอร์ (Edge, Chrome หรือ Firefox) และเปิดไฟล์ .xlsx ที่บันทึกไว้ โปรแกรมจะทำงานทั้งหมดในเบราว์เซอร์นั้น ไม่ส่งข้อมูลไปที่ใด และให้ดาวน์โหลดสมุดงานพร้อมชีตผลลัพธ์ Office รุ่นใหม่ (Microsoft 365 หรือ Office 2021 ขึ้นไป) ใช้หน้าต่างแบบเต็มได้"
      )
    );
    var en = el("div", { lang: "en" });
    en.appendChild(
      el(
        "p",
        {},
        "This version of Office shows add-ins in Internet Explorer or the old Edge, which cannot run the full ITA Analyzer pane."
      )
    );
    en.appendChild(
      el(
        "p",
        {},
        "The way on: save the workbook (Ctrl+S), open this page in a browser (Edge, Chrome or Firefox) and open the saved .xlsx there. It is processed in that browser only, sent nowhere, and you download the workbook with the result sheets. Newer Office (Microsoft 365, Office 2021 or later) runs the full pane."
      )
    );
    box.appendChild(en);
    var button = el(
      "button",
      { type: "button", id: "open-browser" },
      "เปิดในเบราว์เซอร์ / Open in the browser"
    );
    button.onclick = function () {
      if (canOpenBrowserWindow()) w.Office.context.ui.openBrowserWindow(url);
      else w.open(url, "_blank");
    };
    box.appendChild(el("p", {})).appendChild(button);
    var link = el(
      "a",
      { href: url, target: "_blank", rel: "noopener", id: "standalone-link" },
      url
    );
    var p = el("p", {}, "ลิงก์ / Link: ");
    p.appendChild(link);
    box.appendChild(p);
    while (root.firstChild) root.removeChild(root.firstChild);
    root.appendChild(box);
  }

  if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", show);
  else show();
})();
