import { dateText } from "../layout/dateText";
import type { MemoDate } from "../layout/memoDate";
import type { Finding, Lang } from "../types";
import type { Agency } from "./types";

const note = (rule: string, th: string, en: string): Finding => ({
  severity: "warning",
  rule,
  cell: null,
  message: { th, en },
});

/**
 * What staff must fill or check in the memo before signing, for the check sheet, the pane and
 * the report: a head's title the kind of agency does not tell, a date left blank, an English name
 * that is missing or made from place names.
 */
export function agencyFindings(
  agency: Agency,
  lang: Lang,
  date: MemoDate,
  today: string | null,
  planYear: number,
): Finding[] {
  const out: Finding[] = [];
  if (!agency.head.th)
    out.push(
      note(
        "agencyHeadToFill",
        `ไม่ทราบประเภทของหน่วยงาน${agency.name ? `จากชื่อ "${agency.name}"` : ""}: ตำแหน่งหัวหน้าหน่วยงาน (เรียน …) ส่วนราชการ และตำแหน่งผู้บังคับบัญชาในบันทึกข้อความเว้นไว้ให้กรอก เลือกประเภทได้ที่ตัวเลือก "ประเภทหน่วยงาน" ในแผงงาน หรือ --kind ในบรรทัดคำสั่ง`,
        `The kind of agency is not known${agency.name ? ` from its name "${agency.name}"` : ""}: the head's title (To …), the writer's unit and the approvers' positions in the memo are left to fill. Choose the kind with the "Kind of agency" option in the pane or --kind on the command line.`,
      ),
    );
  if (!date.iso) {
    const day = today ? dateText(today, "th") : null;
    const dayEn = today ? dateText(today, "en") : null;
    out.push(
      note(
        "memoDateToFill",
        `วันที่ของบันทึกข้อความเว้นไว้ให้กรอก${day ? `: วันนี้ (${day}) ไม่อยู่ในปีงบประมาณ พ.ศ. ${planYear} ของแผน` : ""} ระบุวันที่ได้ที่ตัวเลือก "วันที่ของบันทึก" ในแผงงาน หรือ --date ในบรรทัดคำสั่ง`,
        `The memo's date is left to fill${dayEn ? `: today (${dayEn}) is not in the plan's fiscal year ${planYear - 543} (B.E. ${planYear})` : ""}. Set it with the "Memo date" option in the pane or --date on the command line.`,
      ),
    );
  }
  if (lang === "en" && agency.name && agency.nameEnFrom === null)
    out.push(
      note(
        "englishNameToFill",
        `ไม่มีชื่อภาษาอังกฤษของ "${agency.name}": เอกสารภาษาอังกฤษเว้นชื่อไว้ให้กรอก ระบุได้ที่ตัวเลือก "ชื่อหน่วยงานภาษาอังกฤษ" ในแผงงาน หรือ --unit-en ในบรรทัดคำสั่ง`,
        `No English name of "${agency.name}" is known: the English document leaves it to fill. Give it with the "Agency name in English" option in the pane or --unit-en on the command line.`,
      ),
    );
  if (lang === "en" && agency.nameEnFrom === "placeNames")
    out.push(
      note(
        "englishNameFromPlaces",
        `ชื่อภาษาอังกฤษ "${agency.nameEn}" ประกอบจากชื่อสถานที่ภาษาอังกฤษที่ทางราชการใช้ ตรวจสอบก่อนเผยแพร่ หรือระบุเองด้วยตัวเลือก "ชื่อหน่วยงานภาษาอังกฤษ" / --unit-en`,
        `The English name "${agency.nameEn}" is made from the official English of its place name: check it before publishing, or give it with the "Agency name in English" option / --unit-en.`,
      ),
    );
  return out;
}
