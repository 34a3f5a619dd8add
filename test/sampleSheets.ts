/** The sheets a Generate writes for the sample (Thai), in the order it writes them. */
export const SAMPLE_SHEETS = [
  "บันทึกข้อความ ITA 2568",
  "สรุปผล ITA 2568",
  "วิเคราะห์ผล ITA 2568",
  "แผนพัฒนา ITA 2569",
  "ตรวจสอบ ITA 2568 (ภายใน)",
];
