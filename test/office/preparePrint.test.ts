/**
 * The pane's print step inside Excel (fake): the public sheets' print setup set again from their
 * specs (page breaks replaced, not doubled), the first public sheet opened, and the PDF made
 * with every other sheet hidden for the moment and shown again afterwards.
 */
import { preparePrint } from "../../src/hosts/office/preparePrint";
import { mixedTable } from "../fixtures/layouts";
import { fakeWith, generate } from "./helpers";

async function generated(apiVersion = 17) {
  const fake = fakeWith(mixedTable(), apiVersion);
  fake.addSheet("บันทึกของฉัน", [["ของผู้ใช้"]]);
  const outcome = await generate(fake);
  if (outcome.kind !== "done" || !outcome.printable) throw new Error("Generate failed");
  return { fake, printable: outcome.printable };
}

describe("the print step inside Excel", () => {
  it("sets the public sheets' print setup from their specs and opens the first", async () => {
    const { fake, printable } = await generated();
    expect(printable.map((p) => p.spec.kind)).toEqual(["memo", "summary", "analysis", "plan"]);
    const outcome = await preparePrint(fake.run, printable, { pdf: false, pageLayout: true });
    expect(outcome).toEqual({ kind: "manual", printSetup: "set" });
    for (const { name, spec } of printable) {
      const s = fake.state.sheets.find((x) => x.name === name)!;
      const memo = spec.kind === "memo";
      expect(s.pageLayout).toMatchObject({
        paperSize: "A4",
        orientation: memo ? "Portrait" : "Landscape",
        zoom: { scale: spec.print.scale },
        printArea: spec.print.area,
        leftMargin: spec.print.margins.left * 72,
        // one footer band: the title on the left, the agency and page X of Y on the right
        "footer.rightFooter": memo
          ? ""
          : '&"TH SarabunPSK,Regular"&12เทศบาลตำบลคลองใหญ่   หน้า &P จาก &N',
        "footer.leftHeader": "",
      });
      const left = String((s.pageLayout as Record<string, unknown>)["footer.leftFooter"] ?? "");
      if (memo) expect(left).toBe("");
      else expect(left).toMatch(/&12(รายงาน|การวิเคราะห์|การนำผล).*ITA/);
      // set by Generate and again by the print step: the breaks are the spec's, once
      expect(s.pageBreaks).toEqual((spec.pageBreaks ?? []).map((r) => `A${r + 1}`));
    }
    const active = fake.state.sheets.find((x) => x.id === fake.state.activeSheetId);
    expect(active?.name).toBe(printable[0]?.name);
  });

  it("makes the PDF with only the public sheets visible, then shows the others again", async () => {
    const { fake, printable } = await generated();
    let visibleAtPrint: string[] = [];
    const outcome = await preparePrint(fake.run, printable, {
      pdf: true,
      pageLayout: true,
      getPdf: async () => {
        visibleAtPrint = fake.state.sheets
          .filter((s) => s.visibility === "Visible")
          .map((s) => s.name);
        return new Uint8Array([37, 80, 68, 70]);
      },
    });
    expect(outcome).toEqual({
      kind: "pdf",
      bytes: new Uint8Array([37, 80, 68, 70]),
      printSetup: "set",
    });
    expect(visibleAtPrint.sort()).toEqual(printable.map((p) => p.name).sort());
    expect(visibleAtPrint).toHaveLength(4);
    expect(fake.state.sheets.every((s) => s.visibility === "Visible")).toBe(true);
  });

  it("shows the other sheets again when the PDF fails, and falls back to Excel's menu", async () => {
    const { fake, printable } = await generated();
    const outcome = await preparePrint(fake.run, printable, {
      pdf: true,
      pageLayout: true,
      getPdf: async () => {
        throw new Error("getFileAsync failed");
      },
    });
    expect(outcome).toEqual({ kind: "manual", printSetup: "set", pdf: "failed" });
    expect(fake.state.sheets.map((s) => s.visibility)).toEqual(
      fake.state.sheets.map(() => "Visible"),
    );
  });

  it("treats an empty PDF (a known Excel on the web fault) as no PDF", async () => {
    const { fake, printable } = await generated();
    const outcome = await preparePrint(fake.run, printable, {
      pdf: true,
      pageLayout: true,
      getPdf: async () => new Uint8Array(0),
    });
    expect(outcome).toEqual({ kind: "manual", printSetup: "set", pdf: "empty" });
  });

  it("in Office 2019 (ExcelApi 1.7) asks nothing of the 1.9 page layout and says it set nothing", async () => {
    const { fake, printable } = await generated(7);
    const opsBefore = fake.ops.length;
    const outcome = await preparePrint(fake.run, printable, { pdf: false, pageLayout: false });
    expect(outcome).toEqual({ kind: "manual", printSetup: "unsupported" });
    expect(fake.ops.slice(opsBefore).filter((k) => /PageLayout|PageBreak/.test(k))).toEqual([]);
    for (const { name } of printable)
      expect(fake.state.sheets.find((x) => x.name === name)?.pageLayout).toEqual({});
    const active = fake.state.sheets.find((x) => x.id === fake.state.activeSheetId);
    expect(active?.name).toBe(printable[0]?.name);
  });

  it("reports a print setup Excel refused as refused, and still opens the first sheet", async () => {
    const { fake, printable } = await generated();
    fake.failKind = "PageLayout.paperSize.set";
    const outcome = await preparePrint(fake.run, printable, { pdf: false, pageLayout: true });
    expect(outcome).toEqual({ kind: "manual", printSetup: "refused" });
    const active = fake.state.sheets.find((x) => x.id === fake.state.activeSheetId);
    expect(active?.name).toBe(printable[0]?.name);
  });
});
