import type { Bilingual } from "../../domain/types";
import type { CosmeticGroup } from "./renderSheet";

/**
 * Our own words, with a way on, for each error code of Excel's documentation ("Error handling
 * with the application-specific JavaScript APIs", Excel.ErrorCodes) that reading or writing the
 * sheets can meet, and for our own refusals; never the raw exception. "Try again" only where
 * trying again can help.
 */
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
    th: "ข้อมูลที่ต้องเขียนมีขนาดเกินกว่าที่ Excel บนเว็บรับได้ในครั้งเดียว (5 MB): เปิดสมุดงานใน Excel บนเดสก์ท็อป หรือใช้หน้าเว็บของโปรแกรมกับไฟล์ที่บันทึกไว้",
    en: "the data to write is more than Excel on the web accepts at once (5 MB): open the workbook in desktop Excel, or use the add-in's web page on the saved file",
  },
  ResponsePayloadSizeLimitExceeded: {
    th: "สมุดงานมีข้อมูลมากเกินกว่าที่ Excel บนเว็บส่งให้ได้ในครั้งเดียว (5 MB): เลือกเฉพาะช่วงตารางคะแนนแล้วกด อ่านเฉพาะช่วงที่เลือก",
    en: "the workbook holds more than Excel on the web can send at once (5 MB): select the score table and click Read the selection only",
  },
  RangeExceedsLimit: {
    th: "ช่วงที่อ่านมีจำนวนเซลล์เกินขีดจำกัดของ Excel (5 ล้านเซลล์): เลือกเฉพาะช่วงตารางคะแนน ไม่ใช่ทั้งคอลัมน์หรือทั้งชีต",
    en: "the range has more cells than Excel allows in one read (5 million): select only the score table, not whole columns or the whole sheet",
  },
  OperationCellsExceedLimit: {
    th: "รายการนี้เกี่ยวข้องกับเซลล์มากเกินขีดจำกัดของ Excel: เลือกเฉพาะช่วงตารางคะแนนแล้วลองอีกครั้ง",
    en: "this touches more cells than Excel allows: select only the score table and try again",
  },
  InvalidSelection: {
    th: "เลือกไว้หลายช่วงพร้อมกัน: เลือกตารางคะแนนเป็นช่วงเดียว (ไม่กด Ctrl ค้างไว้) แล้วกด อ่านเฉพาะช่วงที่เลือก อีกครั้ง",
    en: "several areas are selected: select the score table as one area (without holding Ctrl) and click Read the selection only again",
  },
  SelectionEmpty: {
    th: "ช่วงที่เลือกไม่มีข้อมูล: เลือกช่วงตารางคะแนนก่อน แล้วกด อ่านเฉพาะช่วงที่เลือก",
    en: "the selection holds no data: select the score table first, then click Read the selection only",
  },
  SelectionTooLarge: {
    th: "ช่วงที่เลือกมีข้อมูลมากเกินกว่าจะเป็นตารางคะแนน: เลือกเฉพาะแถวและคอลัมน์ของตารางคะแนน",
    en: "the selection holds too much data to be a score table: select only the table's rows and columns",
  },
  MergedRangeConflict: {
    th: "Excel ไม่ยอมวางตารางหรือผสานเซลล์ทับเซลล์ที่ผสานไว้ในชีตผลลัพธ์: ยกเลิกการผสานเซลล์ในชีตผลลัพธ์เดิม หรือลบชีตผลลัพธ์เดิมแล้วลองอีกครั้ง",
    en: "Excel refused a table or merge over merged cells on a result sheet: unmerge the cells on the old result sheet, or delete that sheet, and try again",
  },
  InsertDeleteConflict: {
    th: "Excel ไม่อนุญาตให้แทรกหรือลบในตำแหน่งนี้ (อาจชนกับตารางหรือเซลล์ที่ผสานไว้): ตรวจชีตผลลัพธ์เดิมแล้วลองอีกครั้ง",
    en: "Excel refused an insert or delete here (it may clash with a table or merged cells): check the old result sheets and try again",
  },
  PivotTableRangeConflict: {
    th: "มี PivotTable ซ้อนอยู่ในชีตผลลัพธ์เดิม: ย้ายหรือลบ PivotTable นั้นแล้วลองอีกครั้ง",
    en: "a PivotTable sits on an old result sheet: move or delete it and try again",
  },
  FilteredRangeConflict: {
    th: "ชีตผลลัพธ์เดิมมีการกรองข้อมูลอยู่: ล้างตัวกรอง (ข้อมูล > ล้าง) แล้วลองอีกครั้ง",
    en: "an old result sheet is filtered: clear the filter (Data > Clear) and try again",
  },
  ItemAlreadyExists: {
    th: "มีชีตหรือชื่อที่ซ้ำกันอยู่แล้ว (สมุดงานอาจถูกแก้ไขระหว่างทำงาน): กด อ่านสมุดงานอีกครั้ง แล้วสร้างชีตใหม่",
    en: "a sheet or name with that name already exists (the workbook may have changed meanwhile): click Read the workbook again, then generate",
  },
  ItemNotFound: {
    th: "ไม่พบชีตที่ต้องการ สมุดงานอาจถูกแก้ไขระหว่างทำงาน: กด อ่านสมุดงานอีกครั้ง แล้วสร้างชีตใหม่",
    en: "a sheet was not found; the workbook may have changed meanwhile: click Read the workbook again, then generate",
  },
  InvalidReference: {
    th: "ตำแหน่งอ้างอิงในสมุดงานไม่ถูกต้อง (สมุดงานอาจถูกแก้ไขระหว่างทำงาน): กด อ่านสมุดงานอีกครั้ง",
    en: "a reference in the workbook is not valid (it may have changed meanwhile): click Read the workbook again",
  },
  InactiveWorkbook: {
    th: "สมุดงานนี้ไม่ได้เป็นหน้าต่างที่ใช้งานอยู่ (อาจเปิดหลายไฟล์หรือกำลังปิดไฟล์): คลิกที่สมุดงานนี้ให้เป็นหน้าต่างหลัก แล้วลองอีกครั้ง",
    en: "this workbook is not the active one (several are open, or it is closing): click into this workbook to make it active, then try again",
  },
  UnsupportedSheet: {
    th: "ชีตที่ใช้งานอยู่เป็นชีตแผนภูมิหรือชีตชนิดที่ไม่รองรับ: เปิดชีตข้อมูลปกติแล้วลองอีกครั้ง",
    en: "the active sheet is a chart sheet or another kind not supported: switch to an ordinary worksheet and try again",
  },
  ApiNotFound: {
    th: "Excel รุ่นนี้ไม่มีคำสั่งที่จำเป็น: อัปเดต Office หรือใช้หน้าเว็บของโปรแกรมกับไฟล์ที่บันทึกไว้",
    en: "this version of Excel lacks a command the add-in needs: update Office, or use the add-in's web page on the saved file",
  },
  UnsupportedOperation: {
    th: "Excel รุ่นนี้ไม่รองรับรายการนี้: อัปเดต Office หรือใช้หน้าเว็บของโปรแกรมกับไฟล์ที่บันทึกไว้",
    en: "this version of Excel does not support this: update Office, or use the add-in's web page on the saved file",
  },
  NotImplemented: {
    th: "Excel รุ่นนี้ยังไม่รองรับรายการนี้: อัปเดต Office หรือใช้หน้าเว็บของโปรแกรมกับไฟล์ที่บันทึกไว้",
    en: "this version of Excel does not implement this: update Office, or use the add-in's web page on the saved file",
  },
  UnsupportedFeature: {
    th: "Excel รุ่นนี้ไม่รองรับคุณลักษณะที่ต้องใช้: อัปเดต Office หรือใช้หน้าเว็บของโปรแกรมกับไฟล์ที่บันทึกไว้",
    en: "this version of Excel lacks a feature the add-in needs: update Office, or use the add-in's web page on the saved file",
  },
  FormulaLengthExceedsLimit: {
    th: "สูตรในชีตผลลัพธ์ยาวเกินที่ Excel รับได้: แจ้งผู้ดูแลโปรแกรมพร้อมไฟล์ตัวอย่าง",
    en: "a formula on a result sheet is longer than Excel accepts: report it to the add-in's maintainers with the workbook",
  },
  Conflict: {
    th: "มีผู้อื่นแก้ไขสมุดงานนี้พร้อมกันอยู่: รอสักครู่แล้วลองอีกครั้ง",
    en: "someone else is editing this workbook at the same time: wait a moment and try again",
  },
  RequestAborted: {
    th: "Excel ยกเลิกรายการกลางคัน: ลองอีกครั้ง",
    en: "Excel aborted the request: try again",
  },
  ActivityLimitReached: {
    th: "Excel บนเว็บรับคำสั่งมากเกินไปในเวลาสั้น ๆ: รอสักครู่แล้วลองอีกครั้ง",
    en: "Excel on the web received too many requests in a short time: wait a moment and try again",
  },
  ServiceNotAvailable: {
    th: "บริการของ Excel บนเว็บไม่พร้อมใช้งานชั่วคราว: รอสักครู่แล้วลองอีกครั้ง",
    en: "Excel on the web's service is not available for now: wait a moment and try again",
  },
  Timeout: {
    th: "Excel ใช้เวลานานเกินไป: เลือกเฉพาะช่วงตารางคะแนนแล้วลองอีกครั้ง",
    en: "Excel took too long: select only the score table and try again",
  },
  InvalidArgument: {
    th: "Excel ไม่รับข้อมูลบางส่วนของชีตผลลัพธ์ สมุดงานยังคงเหมือนเดิม: แจ้งผู้ดูแลโปรแกรมพร้อมไฟล์ตัวอย่าง",
    en: "Excel refused part of the result sheets; the workbook is as it was: report it to the add-in's maintainers with the workbook",
  },
  InvalidOperation: {
    th: "Excel ไม่ยอมทำรายการนี้กับสมุดงานในสภาพปัจจุบัน สมุดงานยังคงเหมือนเดิม: ปิดกล่องโต้ตอบที่เปิดค้างอยู่ แล้วลองอีกครั้ง",
    en: "Excel refused this in the workbook's present state; the workbook is as it was: close any open dialog and try again",
  },
  GeneralException: {
    th: "Excel แจ้งข้อผิดพลาดภายใน สมุดงานยังคงเหมือนเดิม: บันทึกไฟล์ ปิดแล้วเปิด Excel ใหม่ แล้วลองอีกครั้ง",
    en: "Excel reported an internal error; the workbook is as it was: save, close and reopen Excel, then try again",
  },
};

const UNKNOWN: Bilingual = {
  th: "Excel ไม่สามารถทำรายการนี้ได้ สมุดงานยังคงเหมือนเดิม กรุณาลองอีกครั้ง",
  en: "Excel could not complete this; the workbook is as it was; please try again",
};

/** The error codes we have our own message for. */
export const KNOWN_CODES = Object.keys(MESSAGES);

/** The user's message for an error thrown by Excel.run or context.sync (or a refusal of ours). */
export function officeErrorMessage(error: unknown): { code: string; message: Bilingual } {
  const code =
    typeof error === "object" && error !== null && "code" in error
      ? String((error as { code: unknown }).code)
      : "Unknown";
  return { code, message: MESSAGES[code] ?? UNKNOWN };
}

/** One of our sheets to be replaced is protected: nothing is written. */
export function protectedSheetMessage(sheet: string): { code: string; message: Bilingual } {
  return {
    code: "AccessDenied",
    message: {
      th: `ชีต "${sheet}" ถูกป้องกันไว้ จึงเขียนผลลัพธ์ใหม่ทับไม่ได้ และยังไม่ได้เปลี่ยนแปลงสมุดงาน: ยกเลิกการป้องกันชีต (รีวิว > ยกเลิกการป้องกันแผ่นงาน) แล้วลองอีกครั้ง`,
      en: `sheet "${sheet}" is protected, so the new result cannot be written over it; nothing was changed: unprotect the sheet (Review > Unprotect Sheet) and try again`,
    },
  };
}

const GROUP_WORDS: Record<CosmeticGroup, Bilingual> = {
  freeze: { th: "การตรึงแนว", en: "freeze panes" },
  pageLayout: { th: "การตั้งค่าหน้ากระดาษและสีแท็บ", en: "page layout and tab colour" },
  rowHeights: { th: "การปรับความสูงแถวตามข้อความ", en: "row heights fitted to the text" },
  chart: { th: "แผนภูมิ", en: "the chart" },
};

/** The sheets are written; some cosmetics were refused by Excel. */
export function cosmeticsWarning(groups: CosmeticGroup[]): Bilingual {
  const th = groups.map((g) => GROUP_WORDS[g].th).join(", ");
  const en = groups.map((g) => GROUP_WORDS[g].en).join(", ");
  return {
    th: `สร้างชีตผลลัพธ์ครบแล้ว แต่ Excel ไม่ยอมตั้งค่า ${th} ข้อมูลในชีตถูกต้องครบถ้วน ตั้งค่าส่วนนี้เองได้ในเมนู มุมมอง และ เค้าโครงหน้ากระดาษ หรือกดสร้างอีกครั้งภายหลัง`,
    en: `The result sheets are complete, but Excel refused ${en}; the sheets' content is whole. Set these by hand (View, Page Layout) or generate again later`,
  };
}
