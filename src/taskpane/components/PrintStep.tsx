import { Button, Link, Text, makeStyles, tokens } from "@fluentui/react-components";
import { useEffect, useState } from "react";
import type { Lang } from "../../domain/types";
import type { PdfOutcome, PrintableSheet } from "../../hosts/office/preparePrint";

const TEXT = {
  th: {
    title: "พิมพ์/บันทึกเป็น PDF",
    prepare: "ตั้งค่าการพิมพ์และเปิดชีตแรก",
    preparePdf: "ตั้งค่าการพิมพ์และสร้าง PDF",
    working: "กำลังเตรียมการพิมพ์…",
    ready: (n: number) =>
      `ตั้งค่าการพิมพ์ของชีตสาธารณะ ${n} ชีตแล้ว: กระดาษ A4 ขนาดตัวอักษรไม่ย่อต่ำกว่า 90% หัวตารางซ้ำทุกหน้า หัวกระดาษเป็นชื่อหน่วยงาน ท้ายกระดาษเป็นชื่อเอกสารและเลขหน้า`,
    howTo: (names: string) =>
      `ให้ได้หน้าเดียวกันใน Excel: กด Ctrl (บน Mac กด ⌘) ค้างไว้แล้วคลิกแท็บชีต ${names} จากนั้นเลือก ไฟล์ → บันทึกเป็น → PDF (หรือ ไฟล์ → พิมพ์ → "พิมพ์แผ่นงานที่ใช้งานอยู่") ชีตข้อมูลของท่านและชีตตรวจสอบไม่ถูกพิมพ์`,
    download: "ดาวน์โหลด PDF ของชีตสาธารณะ",
    noPdf: "Excel รุ่นนี้สร้าง PDF ให้ Add-in ไม่ได้ (หรือส่งไฟล์ว่างกลับมา): ใช้เมนูของ Excel ตามขั้นตอนข้างต้น",
    standalone:
      "ไฟล์ที่ดาวน์โหลดตั้งค่าการพิมพ์ไว้แล้ว (A4 หัวตารางซ้ำทุกหน้า ชื่อหน่วยงาน ชื่อเอกสาร เลขหน้า): เปิดใน Excel หรือ LibreOffice แล้วพิมพ์ชีตบันทึกข้อความ สรุปผล วิเคราะห์ผล และแผนพัฒนา ได้หน้าเดียวกัน",
  },
  en: {
    title: "Print / save as PDF",
    prepare: "Set up printing and open the first sheet",
    preparePdf: "Set up printing and make the PDF",
    working: "Preparing to print…",
    ready: (n: number) =>
      `The ${n} public sheets are set up for printing: A4, text at 90 % of its size or more, table headers repeated on every page, the agency in the header, the title and page numbers in the footer.`,
    howTo: (names: string) =>
      `To get the same pages in Excel: hold Ctrl (⌘ on a Mac) and click the tabs ${names}, then File → Save As → PDF (or File → Print → "Print Active Sheets"). Your own data sheets and the check sheet are not printed.`,
    download: "Download the PDF of the public sheets",
    noPdf:
      "This Excel cannot make a PDF for add-ins (or returned an empty file): use Excel's own menu as above.",
    standalone:
      "The downloaded workbook is set up for printing (A4, headers repeated, agency, title and page numbers): open it in Excel or LibreOffice and print the memo, summary, analysis and plan sheets for the same pages.",
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
  canMakePdf?: boolean;
}

/**
 * The step after Generate. Inside Excel: sets the public sheets' print setup, opens the first,
 * says how to get the same pages with Excel's own menu, and offers the PDF where Office can make
 * it. In the standalone page: the downloaded workbook already prints the same.
 */
export function PrintStep({ lang, sheets, prepare, canMakePdf = false }: PrintStepProps) {
  const t = TEXT[lang];
  const styles = useStyles();
  const [state, setState] = useState<"idle" | "working" | "ready">("idle");
  const [pdf, setPdf] = useState<{ url: string } | null>(null);
  const [noPdf, setNoPdf] = useState(false);
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
    setNoPdf(false);
    const outcome = await prepare(sheets, canMakePdf).catch((): PdfOutcome => ({ kind: "manual" }));
    if (outcome.kind === "pdf") {
      const blob = new Blob([outcome.bytes as BlobPart], { type: "application/pdf" });
      setPdf({ url: URL.createObjectURL(blob) });
    } else if (canMakePdf) setNoPdf(true);
    setState("ready");
  };
  return (
    <section className={styles.box} aria-label={t.title}>
      <Text weight="semibold">{t.title}</Text>
      <Button appearance="secondary" disabled={state === "working"} onClick={() => void run()}>
        {state === "working" ? t.working : canMakePdf ? t.preparePdf : t.prepare}
      </Button>
      {state === "ready" && <Text as="p">{t.ready(sheets.length)}</Text>}
      <Text as="p">{t.howTo(names)}</Text>
      {pdf && (
        <Link href={pdf.url} download={`${sheets[0]?.name ?? "ITA"}.pdf`}>
          {t.download}
        </Link>
      )}
      {noPdf && <Text as="p">{t.noPdf}</Text>}
    </section>
  );
}
