/** Writes the bundled sample workbook (the seed's tables as a municipality keeps them). */
import path from "node:path";
import { mixedTable } from "../test/fixtures/layouts";
import { toWorkbook } from "../test/fixtures/toWorkbook";

const out = path.join(__dirname, "..", "assets", "sample-ita-2568.xlsx");
toWorkbook(mixedTable())
  .xlsx.writeFile(out)
  .then(() => console.log(`wrote ${path.relative(process.cwd(), out)}`));
