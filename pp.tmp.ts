import ExcelJS from "exceljs";
import { generateWorkbook } from "./src/hosts/xlsx/generateWorkbook";
import { estimateLines } from "./src/domain/layout/rowHeight";
(async () => {
  const wb = new ExcelJS.Workbook(); await wb.xlsx.readFile(process.argv[2] ?? "assets/sample-ita-2568.xlsx");
  const { result } = generateWorkbook(wb, { lang: "th" }); if (!result.ok) return;
  const s = result.spec.sheets.find(x => x.kind === process.argv[3])!;
  console.log(s.merges.join(" "));
  s.rows.slice(0, Number(process.argv[4] ?? 12)).forEach((row, r) => console.log(r + 1, s.heights[r + 1], row.map((c, i) => typeof c?.v === "string" ? `${estimateLines(c.v, s.widths[i] ?? 10)}:${c.v.slice(0,15).replace(/\n/g,"⏎")}` : "").join(" | ")));
})();
