import type { MeasureDomain } from "../measures/types";
import type { Bilingual, Lang } from "../types";
import type { AgencyKind } from "./agencyKind";

type Table = Record<MeasureDomain, Bilingual>;
const b = (th: string, en: string): Bilingual => ({ th, en });

/** Local governments (เทศบาล, อบต., อบจ.): กองคลัง, สำนักปลัด, กองช่าง [the seed and common practice]. */
const LOCAL: Table = {
  service: b("ทุกกอง/สำนัก", "Every division"),
  finance: b("กองคลัง", "Finance Division"),
  procurement: b(
    "กองคลัง (งานพัสดุ) ร่วมกับกองช่าง",
    "Finance Division (procurement) with the Public Works Division",
  ),
  assets: b("กองคลัง (งานพัสดุและทรัพย์สิน)", "Finance Division (supplies and assets)"),
  personnel: b("สำนักปลัด (งานการเจ้าหน้าที่)", "Office of the Clerk (personnel)"),
  integrity: b("สำนักปลัด", "Office of the Clerk"),
  communication: b("สำนักปลัด (งานประชาสัมพันธ์)", "Office of the Clerk (public relations)"),
  participation: b("สำนักปลัด ร่วมกับทุกกอง", "Office of the Clerk with every division"),
  disclosure: b(
    "สำนักปลัด (ผู้ดูแลเว็บไซต์) ร่วมกับทุกกอง",
    "Office of the Clerk (website) with every division",
  ),
};

const DEPARTMENT: Table = {
  service: b("ทุกหน่วยงานที่ให้บริการ", "Every service unit"),
  finance: b("กองคลัง", "Finance Division"),
  procurement: b("กองคลัง (กลุ่มพัสดุ)", "Finance Division (procurement)"),
  assets: b("กองคลัง (กลุ่มพัสดุ)", "Finance Division (supplies)"),
  personnel: b("กองการเจ้าหน้าที่", "Personnel Division"),
  integrity: b("ศูนย์ปฏิบัติการต่อต้านการทุจริต", "Anti-Corruption Operation Centre"),
  communication: b(
    "สำนักงานเลขานุการกรม (งานประชาสัมพันธ์)",
    "Office of the Secretary (public relations)",
  ),
  participation: b("กองแผนงาน ร่วมกับทุกหน่วยงาน", "Planning Division with every unit"),
  disclosure: b(
    "ศูนย์เทคโนโลยีสารสนเทศและการสื่อสาร ร่วมกับทุกหน่วยงาน",
    "Information and Communication Technology Centre with every unit",
  ),
};

const UNIVERSITY: Table = {
  service: b("ทุกคณะและหน่วยงาน", "Every faculty and office"),
  finance: b("กองคลัง", "Finance Division"),
  procurement: b("กองคลัง (งานพัสดุ)", "Finance Division (procurement)"),
  assets: b("กองคลัง (งานพัสดุ)", "Finance Division (supplies)"),
  personnel: b("กองบริหารทรัพยากรบุคคล", "Human Resources Division"),
  integrity: b("สำนักงานอธิการบดี", "Office of the President"),
  communication: b("สำนักงานอธิการบดี (งานประชาสัมพันธ์)", "Office of the President (public relations)"),
  participation: b("กองนโยบายและแผน ร่วมกับทุกคณะ", "Planning Division with every faculty"),
  disclosure: b(
    "สำนักงานอธิการบดี ร่วมกับสำนักคอมพิวเตอร์และเทคโนโลยีสารสนเทศ",
    "Office of the President with the Computer Centre",
  ),
};

const OTHER: Table = {
  service: b("ทุกฝ่าย", "Every section"),
  finance: b("ฝ่ายการเงินและบัญชี", "Finance section"),
  procurement: b("ฝ่ายพัสดุ", "Procurement section"),
  assets: b("ฝ่ายพัสดุ", "Supplies section"),
  personnel: b("ฝ่ายบริหารงานบุคคล", "Personnel section"),
  integrity: b("ฝ่ายบริหารทั่วไป", "General administration"),
  communication: b("ฝ่ายประชาสัมพันธ์", "Public relations"),
  participation: b("ฝ่ายบริหารทั่วไป ร่วมกับทุกฝ่าย", "General administration with every section"),
  disclosure: b("ฝ่ายบริหารทั่วไป (ผู้ดูแลเว็บไซต์)", "General administration (website)"),
};

/** Default responsible units by kind of agency and measure domain; staff edits in the plan win. */
export const RESPONSIBLE: Record<AgencyKind, Table> = {
  municipality: LOCAL,
  subdistrict: LOCAL,
  department: DEPARTMENT,
  university: UNIVERSITY,
  other: OTHER,
};

/**
 * The default responsible unit of a measure in an agency of a kind.
 *
 * @example responsibleFor("assets", "municipality", "th") //=> "กองคลัง (งานพัสดุและทรัพย์สิน)"
 */
export function responsibleFor(domain: MeasureDomain, kind: AgencyKind, lang: Lang): string {
  return RESPONSIBLE[kind][domain][lang];
}
