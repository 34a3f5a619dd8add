import { mixedTable } from "../fixtures/layouts";
import { fakeWith, generate } from "./helpers";
import type { FakeExcel } from "../fakeExcel/fakeExcel";

/**
 * Every operation and every sync of a Generate is made to fail in turn. The workbook must end
 * in one whole state: exactly as before, or (only once the old sheets are being deleted, the
 * commit point) exactly as a successful run leaves it. Never half-written.
 */
async function scenario(regenerate: boolean): Promise<{
  make: () => Promise<FakeExcel>;
  before: string;
  after: string;
  ops: number;
  syncs: number;
}> {
  const make = async () => {
    const fake = fakeWith(mixedTable());
    if (regenerate) await generate(fake);
    fake.syncs = 0;
    return fake;
  };
  const ok = await make();
  const before = ok.snapshot();
  const opsBefore = ok.ops.length;
  await generate(ok);
  return { make, before, after: ok.snapshot(), ops: ok.ops.length - opsBefore, syncs: ok.syncs };
}

const normalise = (snapshot: string) =>
  snapshot
    .replace(/"nextId":\d+/, '"nextId":0')
    .replace(/"id":"\d+"/g, '"id":""')
    .replace(/"sheetId":"\d+"/g, '"sheetId":""')
    .replace(/"activeSheetId":"?\d*"?/, '"activeSheetId":""');

describe.each([
  ["a first Generate", false],
  ["a regeneration over earlier generated sheets", true],
])("faults in %s", (_name, regenerate) => {
  it("leave the workbook as it was, or whole and new, for every failing operation", async () => {
    const { make, before, after, ops } = await scenario(regenerate);
    expect(ops).toBeGreaterThan(100);
    const outcomes = { rolledBack: 0, rolledForward: 0 };
    for (let k = 0; k < ops; k++) {
      const fake = await make();
      fake.failAtOp = fake.ops.length + k;
      const outcome = await generate(fake);
      const state = normalise(fake.snapshot());
      if (state === normalise(before)) outcomes.rolledBack++;
      else if (state === normalise(after)) outcomes.rolledForward++;
      else
        throw new Error(
          `operation ${k} (${fake.ops[fake.ops.length - 1]}) left a half-written workbook (${outcome.kind})`,
        );
    }
    expect(outcomes.rolledBack).toBeGreaterThan(0);
    expect(outcomes.rolledBack + outcomes.rolledForward).toBe(ops);
  }, 240_000);

  it("leave the workbook as it was for every failing sync", async () => {
    const { make, before, syncs } = await scenario(regenerate);
    expect(syncs).toBe(3);
    for (let n = 1; n <= syncs; n++) {
      const fake = await make();
      fake.failAtSync = n;
      const outcome = await generate(fake);
      expect(outcome.kind).toBe("failed");
      expect(normalise(fake.snapshot())).toBe(normalise(before));
    }
  });
});
