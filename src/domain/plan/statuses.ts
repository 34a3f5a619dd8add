import type { PlanStatus } from "../followup/types";

/** The plan's status column: its drop-down list, in each language. */
export const STATUSES = {
  th: ["ยังไม่เริ่ม", "กำลังดำเนินการ", "ดำเนินการแล้ว", "ยกเลิก"],
  en: ["Not started", "In progress", "Done", "Cancelled"],
};

/** What each entry of STATUSES means, in the same order (the follow-up reads the status back). */
export const STATUS_KEYS: readonly PlanStatus[] = ["notStarted", "inProgress", "done", "cancelled"];
