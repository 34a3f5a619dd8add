import type { Bilingual } from "../../domain/types";

/** Our own words for the errors Excel reports, by `error.code`; never the raw exception. */
const MESSAGES: Record<string, Bilingual> = {
  InvalidOperationInCellEditMode: {
    th: "Excel กำลังแก้ไขเซลล์อยู่: กด Enter หรือ Esc เพื่อออกจากการแก้ไขเซลล์ แล้วลองอีกครั้ง",
    en: "Excel is editing a cell: press Enter or Esc to leave the cell, then try again",
  },
  AccessDenied: {
    th: "สมุดงานหรือชีตถูกป้องกันไว้ จึงเขียนชีตผลลัพธ์ไม่ได้: ยกเลิกการป้องกันสมุดงาน (รีวิว > ป้องกันสมุดงาน) แล้วลองอีกครั้ง",
    en: "the workbook or a sheet is protected, so the sheets cannot be written: unprotect the workbook (Review > Protect Workbook) and try again",
  },
  RequestPayloadSizeLimitExceeded: {
    th: "ข้อมูลที่ส่งให้ Excel มีขนาดใหญ่เกินกว่าที่ Excel บนเว็บรับได้ (5 MB)",
    en: "the data sent to Excel is larger than Excel on the web accepts (5 MB)",
  },
  ItemAlreadyExists: {
    th: "มีชีตหรือชื่อที่ซ้ำกันอยู่แล้ว กรุณาลองอีกครั้ง",
    en: "a sheet or name with that name already exists; please try again",
  },
  ItemNotFound: {
    th: "ไม่พบชีตที่ต้องการ สมุดงานอาจถูกแก้ไขระหว่างทำงาน กรุณาลองอีกครั้ง",
    en: "a sheet was not found; the workbook may have changed meanwhile; please try again",
  },
  InsertDeleteConflict: {
    th: "Excel ไม่อนุญาตให้แทรกหรือลบในตำแหน่งนี้ (อาจชนกับตารางหรือเซลล์ที่ผสานไว้)",
    en: "Excel refused an insert or delete here (it may clash with a table or merged cells)",
  },
};

const UNKNOWN: Bilingual = {
  th: "Excel ไม่สามารถทำรายการนี้ได้ สมุดงานยังคงเหมือนเดิม กรุณาลองอีกครั้ง",
  en: "Excel could not complete this; the workbook is as it was; please try again",
};

/** The user's message for an error thrown by Excel.run or context.sync. */
export function officeErrorMessage(error: unknown): { code: string; message: Bilingual } {
  const code =
    typeof error === "object" && error !== null && "code" in error
      ? String((error as { code: unknown }).code)
      : "Unknown";
  return { code, message: MESSAGES[code] ?? UNKNOWN };
}
