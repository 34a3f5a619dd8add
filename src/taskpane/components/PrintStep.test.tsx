/**
 * @jest-environment jsdom
 */
import { render, screen } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import type { ReactElement } from "react";
import { printSetup } from "../../domain/layout/printSetup";
import type { SheetSpec } from "../../domain/layout/spec";
import type { PdfOutcome, PrintableSheet } from "../../hosts/office/preparePrint";
import { PrintStep } from "./PrintStep";

const ui = (el: ReactElement) =>
  render(<FluentProvider theme={webLightTheme}>{el}</FluentProvider>);

const sheet = (name: string, kind: SheetSpec["kind"]): PrintableSheet => ({
  name,
  spec: {
    kind,
    year: 2568,
    name,
    tag: `ITAAnalyzer_${kind}_2568`,
    mark: "0123456789abcdef:01234567",
    rows: [],
    widths: [],
    heights: {},
    merges: [],
    conditionalFormats: [],
    validations: [],
    print: printSetup("th", undefined),
    tabColor: "000000",
  },
});
const SHEETS = [sheet("สรุปผล ITA 2568", "summary"), sheet("วิเคราะห์ผล ITA 2568", "analysis")];

describe("PrintStep", () => {
  beforeAll(() => {
    URL.createObjectURL = () => "blob:pdf";
    URL.revokeObjectURL = () => undefined;
  });

  it("sets up the public sheets and offers the PDF where Office makes one", async () => {
    const calls: [string[], boolean][] = [];
    const prepare = async (s: PrintableSheet[], pdf: boolean): Promise<PdfOutcome> => {
      calls.push([s.map((x) => x.name), pdf]);
      return { kind: "pdf", bytes: new Uint8Array([37, 80, 68, 70]), printSetup: "set" };
    };
    ui(<PrintStep lang="th" sheets={SHEETS} prepare={prepare} canMakePdf canSetUpPrint />);
    expect(
      screen.getByText(
        /กด Ctrl \(บน Mac กด ⌘\) ค้างไว้แล้วคลิกแท็บชีต "สรุปผล ITA 2568", "วิเคราะห์ผล ITA 2568"/,
      ),
    ).toBeTruthy();
    await userEvent.click(screen.getByRole("button", { name: "ตั้งค่าการพิมพ์และสร้าง PDF" }));
    expect(calls).toEqual([[["สรุปผล ITA 2568", "วิเคราะห์ผล ITA 2568"], true]]);
    const link = await screen.findByRole("link", { name: "ดาวน์โหลด PDF ของชีตสาธารณะ" });
    expect(link.getAttribute("href")).toBe("blob:pdf");
    expect(link.getAttribute("download")).toBe("สรุปผล ITA 2568.pdf");
    expect(screen.getByText(/ตั้งค่าการพิมพ์ของชีตสาธารณะ 2 ชีตแล้ว/)).toBeTruthy();
  });

  it("says to use Excel's own menu when the host returns no PDF", async () => {
    const prepare = async (): Promise<PdfOutcome> => ({
      kind: "manual",
      printSetup: "set",
      pdf: "empty",
    });
    ui(<PrintStep lang="en" sheets={SHEETS} prepare={prepare} canMakePdf canSetUpPrint />);
    await userEvent.click(screen.getByRole("button", { name: "Set up printing and make the PDF" }));
    expect(await screen.findByText(/This Excel cannot make a PDF for add-ins/)).toBeTruthy();
    expect(screen.queryByRole("link")).toBeNull();
  });

  it("only sets up printing where the host cannot make a PDF", async () => {
    const asked: boolean[] = [];
    const prepare = async (_s: PrintableSheet[], pdf: boolean): Promise<PdfOutcome> => {
      asked.push(pdf);
      return { kind: "manual", printSetup: "set" };
    };
    ui(<PrintStep lang="en" sheets={SHEETS} prepare={prepare} canSetUpPrint />);
    await userEvent.click(
      screen.getByRole("button", { name: "Set up printing and open the first sheet" }),
    );
    expect(asked).toEqual([false]);
    expect(screen.queryByText(/cannot make a PDF/)).toBeNull();
  });

  it("where Excel cannot take the print setup (Office 2019), says so and how to set it by hand", async () => {
    const prepare = async (): Promise<PdfOutcome> => ({
      kind: "pdf",
      bytes: new Uint8Array([37, 80, 68, 70]),
      printSetup: "unsupported",
    });
    ui(<PrintStep lang="th" sheets={SHEETS} prepare={prepare} canMakePdf />);
    // Before the click: no claim of a setup, the setup by hand for each sheet from its spec.
    expect(screen.getByText(/ไม่ให้ Add-in ตั้งค่าหน้ากระดาษ จึงยังไม่ได้ตั้งค่าการพิมพ์/)).toBeTruthy();
    expect(screen.getByText('"สรุปผล ITA 2568": A4 แนวนอน มาตราส่วน 100%')).toBeTruthy();
    expect(screen.queryByRole("button", { name: /ตั้งค่าการพิมพ์/ })).toBeNull();
    await userEvent.click(screen.getByRole("button", { name: "เปิดชีตแรกและสร้าง PDF" }));
    await screen.findByRole("link", { name: "ดาวน์โหลด PDF ของชีตสาธารณะ" });
    expect(screen.queryByText(/ตั้งค่าการพิมพ์ของชีตสาธารณะ/)).toBeNull();
    expect(screen.getByText("เปิดชีตแรกแล้ว")).toBeTruthy();
    expect(screen.getByText(/PDF ที่ได้ใช้การตั้งค่าหน้ากระดาษที่สมุดงานมีอยู่ขณะนี้/)).toBeTruthy();
  });

  it("where Excel refused the print setup, never claims it was set", async () => {
    const prepare = async (): Promise<PdfOutcome> => ({ kind: "manual", printSetup: "refused" });
    ui(<PrintStep lang="en" sheets={SHEETS} prepare={prepare} canSetUpPrint />);
    expect(screen.queryByText(/not set up/)).toBeNull();
    await userEvent.click(
      screen.getByRole("button", { name: "Set up printing and open the first sheet" }),
    );
    expect(await screen.findByText(/Excel refused the page layout/)).toBeTruthy();
    expect(screen.queryByText(/are set up for printing/)).toBeNull();
    expect(screen.getByText('"วิเคราะห์ผล ITA 2568": A4 landscape, scale 100 %')).toBeTruthy();
  });

  it("in the standalone page, says the downloaded workbook prints the same", () => {
    ui(<PrintStep lang="th" />);
    expect(screen.getByText(/ไฟล์ที่ดาวน์โหลดตั้งค่าการพิมพ์ไว้แล้ว/)).toBeTruthy();
    expect(screen.queryByRole("button")).toBeNull();
  });
});
