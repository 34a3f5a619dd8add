/**
 * @jest-environment jsdom
 */
import { render, screen } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import type { ReactElement } from "react";
import { analyse } from "../../domain/analyse/analyse";
import { parseWorkbook } from "../../domain/parse/parseWorkbook";
import { mixedTable } from "../../../test/fixtures/layouts";
import { toGrids } from "../../../test/fixtures/toGrids";
import { handFollowUp } from "../../../test/fixtures/followUpSample";
import { FindingsList } from "./FindingsList";
import { OptionsForm } from "./OptionsForm";
import { ResultView } from "./ResultView";

const ui = (el: ReactElement) =>
  render(<FluentProvider theme={webLightTheme}>{el}</FluentProvider>);

function sample() {
  const r = analyse(parseWorkbook(toGrids(mixedTable())));
  if (!r.ok) throw new Error("sample did not analyse");
  return r.analysis;
}

describe("FindingsList", () => {
  it("lists findings with their severity and cell, and a click selects the cell", async () => {
    const selected: string[] = [];
    ui(
      <FindingsList
        lang="th"
        findings={sample().findings}
        onSelectCell={(c) => selected.push(c)}
      />,
    );
    const list = screen.getByRole("list", { name: "ผลการตรวจสอบ" });
    expect(list.querySelectorAll("li")).toHaveLength(8);
    expect(screen.getAllByText("ข้อผิดพลาด")).toHaveLength(1);
    await userEvent.click(screen.getByRole("button", { name: "ไปที่เซลล์ 'ITA'!D29" }));
    expect(selected).toEqual(["'ITA'!D29"]);
  });

  it("shows cells as text where there is no Excel to select them in, and English when asked", () => {
    ui(<FindingsList lang="en" findings={sample().findings} />);
    expect(screen.queryAllByRole("button")).toHaveLength(0);
    expect(screen.getByText("'ITA'!D29")).toBeTruthy();
    expect(screen.getAllByText("Warning")).toHaveLength(4);
  });

  it("says so when there is nothing to report", () => {
    ui(<FindingsList lang="en" findings={[]} />);
    expect(screen.getByText("No arithmetic faults found")).toBeTruthy();
  });
});

describe("OptionsForm", () => {
  it("offers the years present and reports changes", async () => {
    const changes: unknown[] = [];
    ui(
      <OptionsForm
        lang="th"
        years={[2566, 2567, 2568]}
        foundUnit="เทศบาลตำบลคลองใหญ่"
        settings={{}}
        onChange={(s) => changes.push(s)}
      />,
    );
    const year = screen.getByRole("combobox", { name: "ปีที่ประเมิน" }) as HTMLSelectElement;
    expect([...year.options].map((o) => o.value)).toEqual(["2566", "2567", "2568"]);
    expect(year.value).toBe("2568");
    const previous = screen.getByRole("combobox", { name: "ปีที่ใช้เปรียบเทียบ" }) as HTMLSelectElement;
    expect(previous.value).toBe("2567");
    await userEvent.selectOptions(previous, "2566");
    expect(changes.at(-1)).toEqual({ previousYear: 2566 });
    await userEvent.selectOptions(screen.getByRole("combobox", { name: "ภาษาของชีตผลลัพธ์" }), "en");
    expect(changes.at(-1)).toEqual({ lang: "en" });
    await userEvent.type(screen.getByRole("textbox", { name: "ผู้รับผิดชอบในแผนพัฒนา" }), "ก");
    expect(changes.at(-1)).toEqual({ responsible: "ก" });
    expect(screen.getByRole("textbox", { name: "ชื่อหน่วยงาน" }).getAttribute("placeholder")).toBe(
      "เทศบาลตำบลคลองใหญ่",
    );
    await userEvent.type(screen.getByRole("textbox", { name: "ชื่อหน่วยงาน" }), "ข");
    expect(changes.at(-1)).toEqual({ unit: "ข" });
  });

  it("offers the kind of agency, its English name, the memo's date and digits", async () => {
    const changes: unknown[] = [];
    ui(<OptionsForm lang="th" years={[2568]} settings={{}} onChange={(s) => changes.push(s)} />);
    const kind = screen.getByRole("combobox", { name: "ประเภทหน่วยงาน" }) as HTMLSelectElement;
    expect(kind.value).toBe("");
    expect([...kind.options].map((o) => o.text)).toContain("วิทยาลัย");
    await userEvent.selectOptions(kind, "college");
    expect(changes.at(-1)).toEqual({ kind: "college" });
    await userEvent.type(
      screen.getByRole("textbox", { name: "ชื่อหน่วยงานภาษาอังกฤษ (ชีตภาษาอังกฤษ)" }),
      "N",
    );
    expect(changes.at(-1)).toEqual({ unitEn: "N" });
    await userEvent.type(screen.getByRole("textbox", { name: "วันที่ของบันทึกข้อความ" }), "2");
    expect(changes.at(-1)).toEqual({ date: "2" });
    const digits = screen.getByRole("combobox", { name: "ตัวเลขในบันทึกข้อความ" }) as HTMLSelectElement;
    expect(digits.value).toBe("thai");
    await userEvent.selectOptions(digits, "arabic");
    expect(changes.at(-1)).toEqual({ digits: "arabic" });
  });
});

describe("ResultView", () => {
  it("shows the total, level, change, flags and a link per generated sheet", async () => {
    const opened: string[] = [];
    ui(
      <ResultView
        lang="th"
        analysis={sample()}
        sheets={["สรุปผล ITA 2568", "วิเคราะห์ผล ITA 2568"]}
        onOpenSheet={(n) => opened.push(n)}
      />,
    );
    expect(screen.getByRole("status").textContent).toBe("94.50");
    expect(screen.getByText(/ผ่านดี/).textContent).toContain("+7.79");
    expect(screen.getByText("4: ต้องปรับปรุง")).toBeTruthy();
    expect(screen.getByText("1: ต้องพัฒนา")).toBeTruthy();
    await userEvent.click(screen.getByRole("button", { name: "เปิดชีต วิเคราะห์ผล ITA 2568" }));
    expect(opened).toEqual(["วิเคราะห์ผล ITA 2568"]);
  });

  it("shows a level held down by a tool with its reason", () => {
    const layout = mixedTable();
    const rows = layout[0]!.rows.map((row) => (row[0] === "EIT" ? ["EIT", null, 80.35] : row));
    const r = analyse(parseWorkbook(toGrids([{ name: "ITA", rows }])));
    if (!r.ok) throw new Error("did not analyse");
    ui(<ResultView lang="th" analysis={r.analysis} sheets={[]} />);
    expect(screen.getByText(/ต่ำกว่า 85/).textContent).toBe(
      "ระดับ: ผ่าน — EIT 80.35 ต่ำกว่า 85 คะแนน · เทียบปีก่อน +7.79",
    );
  });

  it("offers the download in a browser", () => {
    ui(
      <ResultView
        lang="en"
        analysis={sample()}
        sheets={[]}
        download={{ name: "x-analysis.xlsx", url: "blob:x" }}
      />,
    );
    const link = screen.getByRole("link", { name: "Download the workbook with the new sheets" });
    expect(link.getAttribute("download")).toBe("x-analysis.xlsx");
  });

  it("shows the follow-up of the earlier plan: done out of all, each verdict's count, each measure", () => {
    ui(
      <ResultView lang="th" analysis={{ ...sample(), followUp: handFollowUp(2568) }} sheets={[]} />,
    );
    const box = screen.getByRole("region", { name: "ผลการดำเนินงานตามแผนพัฒนาปี 2568" });
    expect(box.textContent).toContain("ดำเนินการแล้ว 4 จาก 7 มาตรการ");
    for (const count of [
      "ได้ผล: 1",
      "ดีขึ้นแต่ยังต่ำกว่าเกณฑ์: 1",
      "ยังไม่เกิดผล: 1",
      "ยังไม่แล้วเสร็จ: 2",
      "ยกเลิก: 1",
      "ไม่มีคะแนนให้ประเมินผล: 1",
    ])
      expect(screen.getByText(count)).toBeTruthy();
    const items = screen.getByRole("list", { name: "มาตรการในแผนเดิมและผลลัพธ์" });
    expect([...items.querySelectorAll("li")].map((li) => li.textContent)).toEqual([
      "กำหนดขั้นตอนการขออนุญาตยืมทรัพย์สินของหน่วยงาน พร้อมแบบฟอร์มและทะเบียนคุมการยืม ได้ผล",
      "อบรมเจ้าหน้าที่เรื่องระเบียบ ขั้นตอน และการสื่อสารกับผู้รับบริการ ดีขึ้นแต่ยังต่ำกว่าเกณฑ์",
      "จัดทำและเผยแพร่แผน รายการ ความก้าวหน้า และรายงานผลการจัดซื้อจัดจ้างให้ครบตามองค์ประกอบ ยังไม่เกิดผล",
      "จัดทำและเผยแพร่แผนและรายงานผลการบริหารและพัฒนาทรัพยากรบุคคล ยังไม่แล้วเสร็จ",
      "สร้างความเชื่อมั่นในกระบวนการป้องกันและจัดการเรื่องร้องเรียนการทุจริต ยกเลิก",
      "รักษาประสิทธิภาพการสื่อสารกับประชาชนผ่านช่องทางที่หลากหลาย ไม่มีคะแนนให้ประเมินผล",
      "จัดทำคู่มือการปฏิบัติงานของเจ้าหน้าที่ใหม่ ยังไม่แล้วเสร็จ",
    ]);
  });

  it("shows the follow-up in English, and nothing of one when there is none", () => {
    const { unmount } = ui(
      <ResultView lang="en" analysis={{ ...sample(), followUp: handFollowUp(2568) }} sheets={[]} />,
    );
    const box = screen.getByRole("region", {
      name: "Follow-up of the plan for fiscal year 2025 (B.E. 2568)",
    });
    expect(box.textContent).toContain("4 of 7 measures done");
    expect(screen.getByText("No effect: 1")).toBeTruthy();
    expect(screen.getByText("Not done: 2")).toBeTruthy();
    unmount();
    ui(<ResultView lang="en" analysis={{ ...sample(), followUp: null }} sheets={[]} />);
    expect(screen.queryByRole("region", { name: /Follow-up/ })).toBeNull();
  });
});
