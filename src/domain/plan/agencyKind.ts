/** The kinds of agency whose divisions the plan's responsible units follow. */
export type AgencyKind = "municipality" | "subdistrict" | "department" | "university" | "other";

const RULES: [AgencyKind, RegExp][] = [
  ["municipality", /เทศบาล|municipality|city of|town of/i],
  ["subdistrict", /องค์การบริหารส่วน|^อบ[ตจ]\.?|administrative organi[sz]ation|\bSAO\b|\bPAO\b/i],
  ["university", /มหาวิทยาลัย|วิทยาลัย|สถาบัน|university|college|institute/i],
  ["department", /^(กรม|สำนักงาน|สำนัก|กระทรวง|ศาล|กอง)|department|ministry|office|bureau/i],
];

/**
 * The kind of agency, from its name: เทศบาล… is a municipality, องค์การบริหารส่วนตำบล/จังหวัด… a
 * local administrative organisation, กรม/สำนักงาน… a department, มหาวิทยาลัย/วิทยาลัย… a
 * university; anything else, or no name, is `other`.
 *
 * @example agencyKind("เทศบาลตำบลคลองใหญ่") //=> "municipality"
 */
export function agencyKind(unit: string | null | undefined): AgencyKind {
  const name = (unit ?? "").trim();
  return RULES.find(([, re]) => re.test(name))?.[0] ?? "other";
}
