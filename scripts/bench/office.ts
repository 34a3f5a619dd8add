/**
 * The Office host in the fake Excel (test/fakeExcel), which counts requests and measures every
 * answer as Excel on the web would (UTF-8 bytes, 5 MB limit):
 *   office.syncs.N×              context.sync calls of a full Generate, the scores table with N×
 *                                as many rows (notes appended)
 *   office.operations.N×         operations queued by that Generate
 *   office.regenerate.syncs      a second Generate over the first one's sheets (rewritten in place)
 *   office.largeWorkbook.syncs   Generate with a 200,000-row data sheet beside the scores
 *   office.maxResponseBytes      the largest answer Excel sent in the whole of this bench (≤ 5,000,000)
 *   office.maxRequestBytes       the largest request
 */
import { mixedTable } from "../../test/fixtures/layouts";
import { dataSheet, fakeWith, generate, withNoise } from "../../test/office/helpers";
import type { FakeExcel } from "../../test/fakeExcel/fakeExcel";

export async function officeFigures(): Promise<Record<string, number>> {
  const figures: Record<string, number> = {};
  const fakes: FakeExcel[] = [];
  const run = async (fake: FakeExcel, what: string) => {
    fakes.push(fake);
    const before = { syncs: fake.syncs, ops: fake.ops.length };
    const outcome = await generate(fake);
    if (outcome.kind !== "done") throw new Error(`Generate failed: ${what}`);
    return { syncs: fake.syncs - before.syncs, operations: fake.ops.length - before.ops };
  };
  for (const factor of [1, 10, 100]) {
    const { syncs, operations } = await run(
      fakeWith(withNoise(mixedTable(), factor)),
      `${factor}×`,
    );
    figures[`office.syncs.${factor}x`] = syncs;
    figures[`office.operations.${factor}x`] = operations;
    console.log(`office: input ${factor}× → ${syncs} syncs, ${operations} operations`);
  }
  const again = fakeWith(mixedTable());
  await run(again, "first");
  const regen = await run(again, "regeneration");
  figures["office.regenerate.syncs"] = regen.syncs;
  console.log(
    `office: regeneration in place → ${regen.syncs} syncs, ${regen.operations} operations`,
  );
  const large = fakeWith(mixedTable());
  large.addSheet("ข้อมูลดิบ", dataSheet(200_000, 5));
  const big = await run(large, "200,000-row workbook");
  figures["office.largeWorkbook.syncs"] = big.syncs;
  console.log(`office: with a 200,000-row data sheet beside the scores → ${big.syncs} syncs`);
  figures["office.maxResponseBytes"] = Math.max(...fakes.map((f) => f.maxResponseBytes));
  figures["office.maxRequestBytes"] = Math.max(...fakes.map((f) => f.maxRequestBytes));
  console.log(
    `office: largest response ${figures["office.maxResponseBytes"]} bytes, largest request ${figures["office.maxRequestBytes"]} bytes (Excel on the web: 5 MB each)`,
  );
  return figures;
}
