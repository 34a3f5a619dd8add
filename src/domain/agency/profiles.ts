/**
 * Agency profiles: one definition per kind of agency (ITA-FACTS.md, "Kinds of agency", with its
 * evidence). Everything else — the kind found from a name, the head's title, the memo's approvers
 * and ส่วนราชการ, the plan's responsible units, the words of the prose — is derived from here.
 * README.md beside this file says how to add a kind.
 */
import type { AreaUnits } from "../measures/types";
import type { Bilingual } from "../types";
import { FILL, type AgencyKind, type AgencyProfile, type Position } from "./types";

const b = (th: string, en: string): Bilingual => ({ th, en });
const fill = (th: string, en: string): Position => ({ th, en, fill: true });
type Units = AreaUnits;

/** A local government's units: its clerk's office (สำนักปลัด…), กองคลัง, กองช่าง. */
function localUnits(clerk: Bilingual, finance: Bilingual, planning: Bilingual | null): Units {
  const with_ = (unit: Bilingual, th: string, en: string) =>
    b(`${unit.th} ${th}`, `${unit.en} ${en}`);
  return {
    service: b("ทุกกอง/สำนัก", "Every division"),
    finance,
    procurement: b(
      `${finance.th} (งานพัสดุ) ร่วมกับกองช่าง`,
      `${finance.en} (procurement) with the Public Works Division`,
    ),
    assets: b(`${finance.th} (งานพัสดุและทรัพย์สิน)`, `${finance.en} (supplies and assets)`),
    personnel: with_(clerk, "(งานการเจ้าหน้าที่)", "(personnel)"),
    integrity: clerk,
    communication: with_(clerk, "(งานประชาสัมพันธ์)", "(public relations)"),
    participation: planning
      ? b(`${planning.th} ร่วมกับทุกกอง`, `${planning.en} with every division`)
      : with_(clerk, "ร่วมกับทุกกอง", "with every division"),
    disclosure: with_(clerk, "(ผู้ดูแลเว็บไซต์) ร่วมกับทุกกอง", "(website) with every division"),
  };
}

const CLERK = b("สำนักปลัดเทศบาล", "Office of the Municipal Clerk");
const FINANCE = b("กองคลัง", "Finance Division");
const PLANNING = b("กองยุทธศาสตร์และงบประมาณ", "Strategy and Budget Division");

const MUNICIPAL_WORDS = {
  staff: b("พนักงานเทศบาล", "municipal staff"),
  everyDivision: b("ทุกกอง/สำนัก", "every division"),
  ethicsCode: b("ประมวลจริยธรรมของพนักงานเทศบาล", "the code of ethics of municipal staff"),
};
const PEOPLE = b("ประชาชน", "the public");

/** A municipality of a tier: นายกเทศมนตรี<tier><proper>; approvers หัวหน้าสำนักปลัดเทศบาล, ปลัดเทศบาล. */
function municipality(
  kind: AgencyKind,
  tier: Bilingual,
  abbreviation: string,
  units: Units,
): AgencyProfile {
  return {
    kind,
    label: b(`เทศบาล${tier.th}`, `${tier.en} Municipality`),
    prefixes: [`เทศบาล${tier.th}`, abbreviation],
    englishNames: [["", `{properEn} ${tier.en} Municipality`]],
    head: b(`นายกเทศมนตรี${tier.th}{proper}`, "Mayor of {nameEn}"),
    chain: [
      b("หัวหน้าสำนักปลัดเทศบาล", "Head of the Office of the Municipal Clerk"),
      b("ปลัดเทศบาล", "Municipal Clerk"),
    ],
    writerUnit: b("สำนักปลัด {name}", "Office of the Municipal Clerk, {nameEn}"),
    namedWithPlace: true,
    units,
    respondents: { IIT: b("บุคลากรภายใน", "its own staff"), EIT: PEOPLE },
    words: MUNICIPAL_WORDS,
    evidence: { head: "S", chain: "S", units: "S" },
  };
}

/** A local administrative organisation (อบต., อบจ.): นายก<name>; ปลัด<kind> approves. */
function administrativeOrganisation(
  kind: AgencyKind,
  level: Bilingual,
  abbreviation: string,
  units: Units,
  staff: Bilingual,
): AgencyProfile {
  const org = `องค์การบริหารส่วน${level.th}`;
  const orgEn = `${level.en} Administrative Organization`;
  return {
    kind,
    label: b(org, orgEn),
    prefixes: [org, abbreviation],
    englishNames: [["", `{properEn} ${orgEn}`]],
    head: b(`นายก${org}{proper}`, "Chief Executive of {nameEn}"),
    chain: [
      b("หัวหน้าสำนักปลัด", "Head of the Office of the Clerk"),
      b(`ปลัด${org}`, `Clerk of the ${orgEn}`),
    ],
    writerUnit: b("สำนักปลัด {name}", "Office of the Clerk, {nameEn}"),
    // An อบต.'s name repeats across the country; an อบจ.'s is its province's.
    namedWithPlace: kind === "sao",
    units,
    respondents: { IIT: b("บุคลากรภายใน", "its own staff"), EIT: PEOPLE },
    words: {
      staff,
      everyDivision: b("ทุกกอง/สำนัก", "every division"),
      ethicsCode: b(`ประมวลจริยธรรมของ${staff.th}`, `the code of ethics of ${staff.en}`),
    },
    evidence: { head: "S", chain: "S", units: "S" },
  };
}

const GENERIC_UNITS: Units = {
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
const GENERIC_WORDS = {
  staff: b("บุคลากร", "staff"),
  everyDivision: b("ทุกหน่วยงานภายใน", "every unit"),
  ethicsCode: b("ประมวลจริยธรรมของหน่วยงาน", "the agency's code of ethics"),
};
const CIVIL_SERVANTS = {
  staff: b("ข้าราชการและเจ้าหน้าที่", "civil servants and staff"),
  ethicsCode: b("ประมวลจริยธรรมข้าราชการพลเรือน", "the Civil Service Code of Ethics"),
};

export const PROFILES: Record<AgencyKind, AgencyProfile> = {
  cityMunicipality: municipality(
    "cityMunicipality",
    b("นคร", "City"),
    "ทน.",
    localUnits(CLERK, b("สำนักการคลัง", "Finance Bureau"), PLANNING),
  ),
  townMunicipality: municipality(
    "townMunicipality",
    b("เมือง", "Town"),
    "ทม.",
    localUnits(CLERK, FINANCE, PLANNING),
  ),
  subdistrictMunicipality: municipality(
    "subdistrictMunicipality",
    b("ตำบล", "Subdistrict"),
    "ทต.",
    localUnits(CLERK, FINANCE, null),
  ),
  sao: administrativeOrganisation(
    "sao",
    b("ตำบล", "Subdistrict"),
    "อบต.",
    localUnits(b("สำนักปลัด", "Office of the Clerk"), FINANCE, null),
    b("พนักงานส่วนตำบล", "SAO staff"),
  ),
  pao: administrativeOrganisation(
    "pao",
    b("จังหวัด", "Provincial"),
    "อบจ.",
    {
      ...localUnits(b("สำนักปลัดองค์การบริหารส่วนจังหวัด", "Office of the Clerk"), FINANCE, PLANNING),
      procurement: b("กองพัสดุและทรัพย์สิน", "Supplies and Assets Division"),
      assets: b("กองพัสดุและทรัพย์สิน", "Supplies and Assets Division"),
      personnel: b("กองการเจ้าหน้าที่", "Personnel Division"),
    },
    b("พนักงานส่วนจังหวัด", "PAO staff"),
  ),
  bangkok: {
    kind: "bangkok",
    label: b("กรุงเทพมหานคร", "Bangkok Metropolitan Administration"),
    prefixes: ["กรุงเทพมหานคร"],
    englishNames: [["", "Bangkok Metropolitan Administration"]],
    head: b("ผู้ว่าราชการกรุงเทพมหานคร", "Governor of Bangkok"),
    chain: [
      fill("ผู้อำนวยการ", "Director of"),
      b("ปลัดกรุงเทพมหานคร", "Permanent Secretary of Bangkok"),
    ],
    writerUnit: b(`${FILL} {name}`, `${FILL} {nameEn}`),
    namedWithPlace: false,
    units: GENERIC_UNITS,
    respondents: { IIT: b("บุคลากรภายใน", "its own staff"), EIT: PEOPLE },
    words: {
      ...GENERIC_WORDS,
      staff: b("ข้าราชการกรุงเทพมหานคร", "Bangkok civil servants"),
      everyDivision: b("ทุกสำนัก", "every department"),
    },
    evidence: { head: "S", chain: "U", units: "U" },
  },
  pattaya: {
    kind: "pattaya",
    label: b("เมืองพัทยา", "Pattaya City"),
    prefixes: ["เมืองพัทยา"],
    englishNames: [["", "Pattaya City"]],
    head: b("นายกเมืองพัทยา", "Mayor of Pattaya City"),
    chain: [
      fill("หัวหน้าสำนักปลัด", "Head of the Office of"),
      b("ปลัดเมืองพัทยา", "Clerk of Pattaya City"),
    ],
    writerUnit: b("สำนักปลัด {name}", "Office of the Clerk, {nameEn}"),
    namedWithPlace: false,
    units: localUnits(b("สำนักปลัดเมืองพัทยา", "Office of the Clerk"), FINANCE, PLANNING),
    respondents: { IIT: b("บุคลากรภายใน", "its own staff"), EIT: PEOPLE },
    words: { ...MUNICIPAL_WORDS, staff: b("พนักงานเมืองพัทยา", "Pattaya City staff") },
    evidence: { head: "S", chain: "U", units: "U" },
  },
  province: {
    kind: "province",
    label: b("จังหวัด", "Province"),
    prefixes: ["จังหวัด"],
    englishNames: [["", "{properEn} Province"]],
    head: b("ผู้ว่าราชการจังหวัด{proper}", "Governor of {properEn}"),
    chain: [
      b("หัวหน้าสำนักงานจังหวัด{proper}", "Chief of the {properEn} Provincial Office"),
      b("รองผู้ว่าราชการจังหวัด{proper}", "Vice Governor of {properEn}"),
    ],
    writerUnit: b("สำนักงานจังหวัด{proper}", "{properEn} Provincial Office"),
    namedWithPlace: false,
    units: {
      service: b("ทุกกลุ่มงาน", "All work groups"),
      finance: b("สำนักงานจังหวัด (กลุ่มงานบริหารทั่วไป)", "Provincial Office (general administration)"),
      procurement: b("สำนักงานจังหวัด (กลุ่มงานบริหารทั่วไป งานพัสดุ)", "Provincial Office (procurement)"),
      assets: b("สำนักงานจังหวัด (กลุ่มงานบริหารทั่วไป งานพัสดุ)", "Provincial Office (supplies)"),
      personnel: b("สำนักงานจังหวัด (กลุ่มงานบริหารทั่วไป งานบุคคล)", "Provincial Office (personnel)"),
      // The integrity work (anti-corruption plan, No Gift, organisational culture) is the
      // Provincial Office's; the Damrongdhama Centre takes complaints.
      integrity: b("สำนักงานจังหวัด", "Provincial Office"),
      complaints: b("ศูนย์ดำรงธรรมจังหวัด", "Provincial Damrongdhama Centre"),
      communication: b("สำนักงานประชาสัมพันธ์จังหวัด", "Provincial Public Relations Office"),
      participation: b(
        "สำนักงานจังหวัด (กลุ่มงานยุทธศาสตร์และข้อมูลเพื่อการพัฒนาจังหวัด)",
        "Provincial Office (strategy and development data)",
      ),
      disclosure: b(
        "สำนักงานจังหวัด (กลุ่มงานข้อมูลสารสนเทศและการสื่อสาร)",
        "Provincial Office (information and communication)",
      ),
    },
    respondents: {
      IIT: b("บุคลากรภายใน", "its own staff"),
      EIT: b("ประชาชนและผู้มาติดต่อ", "the public and visitors"),
    },
    words: {
      ...CIVIL_SERVANTS,
      everyDivision: b("ทุกส่วนราชการ/กลุ่มงาน", "every provincial office and group"),
    },
    evidence: { head: "S", chain: "S", units: "S" },
  },
  department: {
    kind: "department",
    label: b("กรม", "Department"),
    prefixes: ["กรม"],
    englishNames: [],
    head: b("อธิบดี{name}", "Director-General of the {nameEn}"),
    chain: [
      b("เลขานุการกรม", "Secretary of the Department"),
      b("รองอธิบดี", "Deputy Director-General"),
    ],
    writerUnit: b("สำนักงานเลขานุการกรม {name}", "Office of the Secretary, {nameEn}"),
    namedWithPlace: false,
    units: {
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
    },
    respondents: {
      IIT: b("บุคลากรภายใน", "its own staff"),
      EIT: b("ผู้รับบริการและผู้มีส่วนได้ส่วนเสีย", "service users and stakeholders"),
    },
    words: { ...CIVIL_SERVANTS, everyDivision: b("ทุกกอง/สำนัก", "every division") },
    evidence: { head: "S", chain: "S", units: "S" },
  },
  university: {
    kind: "university",
    label: b("มหาวิทยาลัย", "University"),
    prefixes: ["มหาวิทยาลัย"],
    englishNames: [
      ["มหาวิทยาลัยราชภัฏ", "{properEn} Rajabhat University"],
      ["มหาวิทยาลัยเทคโนโลยีราชมงคล", "Rajamangala University of Technology {properEn}"],
      ["มหาวิทยาลัย", "{properEn} University"],
    ],
    head: b("อธิการบดี{name}", "President of {nameEn}"),
    chain: [fill("ผู้อำนวยการกอง", "Director of the"), b("รองอธิการบดี", "Vice President")],
    writerUnit: b("สำนักงานอธิการบดี {name}", "Office of the President, {nameEn}"),
    namedWithPlace: false,
    units: {
      service: b("ทุกคณะและหน่วยงาน", "Every faculty and office"),
      finance: b("กองคลัง", "Finance Division"),
      procurement: b("กองคลัง (งานพัสดุ)", "Finance Division (procurement)"),
      assets: b("กองคลัง (งานพัสดุ)", "Finance Division (supplies)"),
      personnel: b("กองบริหารทรัพยากรบุคคล", "Human Resources Division"),
      integrity: b("สำนักงานอธิการบดี", "Office of the President"),
      communication: b(
        "สำนักงานอธิการบดี (งานประชาสัมพันธ์)",
        "Office of the President (public relations)",
      ),
      participation: b("กองนโยบายและแผน ร่วมกับทุกคณะ", "Planning Division with every faculty"),
      disclosure: b(
        "สำนักงานอธิการบดี ร่วมกับสำนักคอมพิวเตอร์และเทคโนโลยีสารสนเทศ",
        "Office of the President with the Computer Centre",
      ),
    },
    respondents: {
      IIT: b("บุคลากรภายใน", "its own staff"),
      EIT: b("นักศึกษา ผู้ปกครอง และผู้รับบริการ", "students, parents and service users"),
    },
    words: {
      staff: b("บุคลากร", "staff"),
      everyDivision: b("ทุกคณะ/หน่วยงาน", "every faculty and office"),
      ethicsCode: b("ประมวลจริยธรรมของมหาวิทยาลัย", "the university's code of ethics"),
    },
    evidence: { head: "S", chain: "S", units: "U" },
  },
  college: {
    kind: "college",
    label: b("วิทยาลัย", "College"),
    prefixes: ["วิทยาลัย"],
    englishNames: [
      ["วิทยาลัยอาชีวศึกษา", "{properEn} Vocational College"],
      ["วิทยาลัยเทคนิค", "{properEn} Technical College"],
      ["วิทยาลัยการอาชีพ", "{properEn} Industrial and Community Education College"],
      ["วิทยาลัยเกษตรและเทคโนโลยี", "{properEn} College of Agriculture and Technology"],
      ["วิทยาลัยสารพัดช่าง", "{properEn} Polytechnic College"],
      ["วิทยาลัย", "{properEn} College"],
    ],
    head: b("ผู้อำนวยการ{name}", "Director of {nameEn}"),
    chain: [fill("หัวหน้างาน", "Head of"), fill("รองผู้อำนวยการฝ่าย", "Deputy Director for")],
    writerUnit: b("ฝ่ายแผนงานและความร่วมมือ {name}", "Planning and Cooperation, {nameEn}"),
    namedWithPlace: false,
    units: {
      service: b("ทุกฝ่ายและแผนกวิชา", "Every section and department"),
      finance: b("ฝ่ายบริหารทรัพยากร (งานการเงิน)", "Resources (finance)"),
      procurement: b("ฝ่ายบริหารทรัพยากร (งานพัสดุ)", "Resources (procurement)"),
      assets: b("ฝ่ายบริหารทรัพยากร (งานพัสดุ)", "Resources (supplies)"),
      personnel: b("ฝ่ายบริหารทรัพยากร (งานบุคลากร)", "Resources (personnel)"),
      integrity: b("ฝ่ายบริหารทรัพยากร", "Resources"),
      communication: b("ฝ่ายบริหารทรัพยากร (งานประชาสัมพันธ์)", "Resources (public relations)"),
      participation: b(
        "ฝ่ายแผนงานและความร่วมมือ ร่วมกับทุกฝ่าย",
        "Planning and Cooperation with every section",
      ),
      disclosure: b(
        "ฝ่ายแผนงานและความร่วมมือ (งานศูนย์ข้อมูลสารสนเทศ)",
        "Planning and Cooperation (information centre)",
      ),
    },
    respondents: {
      IIT: b("ครูและบุคลากร", "its teachers and staff"),
      EIT: b("นักเรียน นักศึกษา ผู้ปกครอง และสถานประกอบการ", "students, parents and workplaces"),
    },
    words: {
      staff: b("ครูและบุคลากรทางการศึกษา", "teachers and staff"),
      everyDivision: b("ทุกฝ่าย/งาน", "every section and unit"),
      ethicsCode: b(
        "ประมวลจริยธรรมข้าราชการครูและบุคลากรทางการศึกษา",
        "the code of ethics of teachers and educational staff",
      ),
    },
    evidence: { head: "S", chain: "S", units: "S" },
  },
  hospital: {
    kind: "hospital",
    label: b("โรงพยาบาล", "Hospital"),
    prefixes: ["โรงพยาบาล"],
    englishNames: [["โรงพยาบาล", "{properEn} Hospital"]],
    head: b("ผู้อำนวยการ{name}", "Director of {nameEn}"),
    chain: [fill("หัวหน้ากลุ่มงาน", "Head of"), fill("รองผู้อำนวยการฝ่าย", "Deputy Director for")],
    writerUnit: b(`${FILL} {name}`, `${FILL} {nameEn}`),
    namedWithPlace: true,
    units: {
      ...GENERIC_UNITS,
      service: b("ทุกกลุ่มงาน", "All work groups"),
    },
    respondents: {
      IIT: b("บุคลากรภายใน", "its own staff"),
      EIT: b("ผู้ป่วย ญาติ และผู้รับบริการ", "patients, their families and visitors"),
    },
    words: { ...GENERIC_WORDS, everyDivision: b("ทุกกลุ่มงาน", "every work group") },
    evidence: { head: "S", chain: "U", units: "U" },
  },
  other: {
    kind: "other",
    label: b("หน่วยงานอื่น", "Other agency"),
    prefixes: [],
    englishNames: [],
    head: null,
    chain: [fill("", ""), fill("", "")],
    writerUnit: b(`${FILL} {name}`, `${FILL} {nameEn}`),
    namedWithPlace: true,
    units: GENERIC_UNITS,
    respondents: {
      IIT: b("บุคลากรภายใน", "its own staff"),
      EIT: b("ผู้รับบริการและผู้มีส่วนได้ส่วนเสีย", "service users and stakeholders"),
    },
    words: GENERIC_WORDS,
    evidence: { head: "U", chain: "U", units: "U" },
  },
};

/** Every kind, in the order the options list them. */
export const AGENCY_KINDS = Object.keys(PROFILES) as AgencyKind[];
