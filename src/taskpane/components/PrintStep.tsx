import { Button, Link, Text, makeStyles, tokens } from "@fluentui/react-components";
import { useEffect, useState } from "react";
import type { Lang } from "../../domain/types";
import type { PdfOutcome, PrintableSheet } from "../../hosts/office/preparePrint";

/** One sheet's print setup in words, for setting it by hand (from the sheet's own spec). */
function setupOf(lang: Lang, s: PrintableSheet): string {
  const p = s.spec.print;
  const rows = p.repeatRows ? `$${p.repeatRows[0]}:$${p.repeatRows[1]}` : null;
  if (lang === "th")
    return `"${s.name}": A4 ${p.orientation === "portrait" ? "แนวตั้ง" : "แนวนอน"} มาตราส่วน ${p.scale}%${rows ? ` แถวที่พิมพ์ซ้ำด้านบน ${rows}` : ""}${p.area ? ` พื้นที่พิมพ์ ${p.area}` : ""}`;
  return `"${s.name}": A4 ${p.orientation}, scale ${p.scale} %${rows ? `, rows to repeat at top ${rows}` : ""}${p.area ? `, print area ${p.area}` : ""}`;
}

const TEXT = {
  th: {
    title: "พิมพ์/บันทึกเป็น PDF",
    prepare: "ตั้งค่าการพิมพ์และเปิดชีตแรก",
    preparePdf: "ตั้งค่าการพิมพ์และสร้าง PDF",
    openOnly: "เปิดชีตแรก",
    openPdf: "เปิดชีตแรกและสร้าง PDF",
    working: "กำลังเตรียมการพิมพ์…",
    ready: (n: number) =>
      `ตั้งค่าการพิมพ์ของชีตสาธารณะ ${n} ชีตแล้ว: กระดาษ A4 ขนาดตัวอักษรไม่ย่อต่ำกว่า 90% หัวตารางซ้ำทุกหน้า หัวกระดาษเป็นชื่อหน่วยงาน ท้ายกระดาษเป็นชื่อเอกสารและเลขหน้า`,
    unsupported:
      "Excel รุ่นนี้ (เช่น Office 2019) ไม่ให้ Add-in ตั้งค่าหน้ากระดาษ จึงยังไม่ได้ตั้งค่าการพิมพ์: ตั้งเองที่ เค้าโครงหน้ากระดาษ (ขนาด, การวางแนว, มาตราส่วน, พิมพ์ชื่อเรื่อง) ของแต่ละชีตดังนี้",
    refused:
      "Excel ไม่ยอมให้ตั้งค่าหน้ากระดาษ จึงยังไม่ได้ตั้งค่าการพิมพ์: ตั้งเองที่ เค้าโครงหน้ากระดาษ (ขนาด, การวางแนว, มาตราส่วน, พิมพ์ชื่อเรื่อง) ของแต่ละชีตดังนี้",
    opened: "เปิดชีตแรกแล้ว",
    pdfWithout: "PDF ที่ได้ใช้การตั้งค่าหน้ากระดาษที่สมุดงานมีอยู่ขณะนี้: ตั้งค่าตามข้างต้นก่อนแล้วสร้างใหม่ หากหน้าไม่ตรง",
    howTo: (names: string) =>
      `ให้ได้หน้าเดียวกันใน Excel: กด Ctrl (บน Mac กด ⌘) ค้างไว้แล้วคลิกแท็บชีต ${names} จากนั้นเลือก ไฟล์ → บันทึกเป็น → PDF (หรือ ไฟล์ → พิมพ์ → "พิมพ์แผ่นงานที่ใช้งานอยู่") ชีตข้อมูลของท่านและชีตตรวจสอบไม่ถูกพิมพ์`,
    download: "ดาวน์โหลด PDF ของชีตสาธารณะ",
    noPdf: "Excel รุ่นนี้สร้าง PDF ให้ Add-in ไม่ได้ (หรือส่งไฟล์ว่างกลับมา): ใช้เมนูของ Excel ตามขั้นตอนข้างต้น",
    standalone:
      "ไฟล์ที่ดาวน์โหลดตั้งค่าการพิมพ์ไว้แล้ว (A4 หัวตารางซ้ำทุกหน้า ชื่อหน่วยงาน ชื่อเอกสาร เลขหน้า): เปิดใน Excel หรือ LibreOffice แล้วพิมพ์ชีตบันทึกข้อความ สรุปผล วิเคราะห์ผล ผลตามแผน (เมื่อมี) และแผนพัฒนา ได้หน้าเดียวกัน",
  },
  en: {
    title: "Print / save as PDF",
    prepare: "Set up printing and open the first sheet",
    preparePdf: "Set up printing and make the PDF",
    openOnly: "Open the first sheet",
    openPdf: "Open the first sheet and make the PDF",
    working: "Preparing to print…",
    ready: (n: number) =>
      `The ${n} public sheets are set up for printing: A4, text at 90 % of its size or more, table headers repeated on every page, the agency in the header, the title and page numbers in the footer.`,
    unsupported:
      "This version of Excel (Office 2019, for one) does not let add-ins set the page layout, so printing is not set up: set each sheet by hand under Page Layout (Size, Orientation, Scale, Print Titles) as follows",
    refused:
      "Excel refused the page layout, so printing is not set up: set each sheet by hand under Page Layout (Size, Orientation, Scale, Print Titles) as follows",
    opened: "The first sheet is open.",
    pdfWithout:
      "The PDF uses the page settings the workbook has now: set them as above first and make it again if the pages are not right.",
    howTo: (names: string) =>
      `To get the same pages in Excel: hold Ctrl (⌘ on a Mac) and click the tabs ${names}, then File → Save As → PDF (or File → Print → "Print Active Sheets"). Your own data sheets and the check sheet are not printed.`,
    download: "Download the PDF of the public sheets",
    noPdf:
      "This Excel cannot make a PDF for add-ins (or returned an empty file): use Excel's own menu as above.",
    standalone:
      "The downloaded workbook is set up for printing (A4, headers repeated, agency, title and page numbers): open it in Excel or LibreOffice and print the memo, summary, analysis, plan follow-up (when there is one) and plan sheets for the same pages.",
  },
} as const;

const useStyles = makeStyles({
  box: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
});

export interface PrintStepProps {
  lang: Lang;
  /** The public sheets inside Excel; absent in the standalone page. */
  sheets?: PrintableSheet[];
  prepare?: (sheets: PrintableSheet[], pdf: boolean) => Promise<PdfOutcome>;
  /** The host can make a PDF (the PdfFile requirement set). */
  canMakePdf?: boolean;
  /** The add-in can set the print setup (ExcelApi 1.9): not in Office 2019. */
  canSetUpPrint?: boolean;
}

/**
 * The step after Generate. Inside Excel: sets the public sheets' print setup where Excel lets
 * the add-in (else says how to set it by hand, sheet by sheet), opens the first, says how to get
 * the same pages with Excel's own menu, and offers the PDF where Office can make it. It says
 * only what was done. In the standalone page: the downloaded workbook already prints the same.
 */
export function PrintStep({
  lang,
  sheets,
  prepare,
  canMakePdf = false,
  canSetUpPrint = false,
}: PrintStepProps) {
  const t = TEXT[lang];
  const styles = useStyles();
  const [state, setState] = useState<"idle" | "working" | "ready">("idle");
  const [outcome, setOutcome] = useState<PdfOutcome | null>(null);
  const [pdf, setPdf] = useState<{ url: string } | null>(null);
  useEffect(() => () => (pdf ? URL.revokeObjectURL(pdf.url) : undefined), [pdf]);

  if (!sheets || !prepare) {
    return (
      <section className={styles.box} aria-label={t.title}>
        <Text weight="semibold">{t.title}</Text>
        <Text as="p">{t.standalone}</Text>
      </section>
    );
  }
  const names = sheets.map((s) => `"${s.name}"`).join(", ");
  const run = async () => {
    setState("working");
    const result = await prepare(sheets, canMakePdf).catch((): PdfOutcome => ({
      kind: "manual",
      printSetup: "refused",
      pdf: "failed",
    }));
    if (result.kind === "pdf") {
      const blob = new Blob([result.bytes as BlobPart], { type: "application/pdf" });
      setPdf({ url: URL.createObjectURL(blob) });
    }
    setOutcome(result);
    setState("ready");
  };
  const label = canSetUpPrint
    ? canMakePdf
      ? t.preparePdf
      : t.prepare
    : canMakePdf
      ? t.openPdf
      : t.openOnly;
  // The setup by hand: before the click where the add-in cannot set it, after a refusal.
  const setup = outcome?.printSetup ?? (canSetUpPrint ? "set" : "unsupported");
  const byHand = setup !== "set";
  return (
    <section className={styles.box} aria-label={t.title}>
      <Text weight="semibold">{t.title}</Text>
      {byHand && (
        <>
          <Text as="p">{setup === "refused" ? t.refused : t.unsupported}:</Text>
          <ul>
            {sheets.map((s) => (
              <li key={s.name}>
                <Text>{setupOf(lang, s)}</Text>
              </li>
            ))}
          </ul>
        </>
      )}
      <Button appearance="secondary" disabled={state === "working"} onClick={() => void run()}>
        {state === "working" ? t.working : label}
      </Button>
      {outcome && (
        <Text as="p">{outcome.printSetup === "set" ? t.ready(sheets.length) : t.opened}</Text>
      )}
      <Text as="p">{t.howTo(names)}</Text>
      {pdf && (
        <Link href={pdf.url} download={`${sheets[0]?.name ?? "ITA"}.pdf`}>
          {t.download}
        </Link>
      )}
      {pdf && byHand && <Text as="p">{t.pdfWithout}</Text>}
      {canMakePdf && outcome?.kind === "manual" && <Text as="p">{t.noPdf}</Text>}
    </section>
  );
}
