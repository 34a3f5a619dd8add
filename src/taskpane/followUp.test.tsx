/**
 * @jest-environment jsdom
 */
/**
 * The pane in Office (fake Excel) with a follow-up of the earlier plan: Generate writes its sheet,
 * the result shows its verdicts and a button opens it. The workbook is the sample's second year
 * (its 2569 plan marked and a 2569 column, test/office/secondYear.ts).
 */
import { render, screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { App } from "./App";
import { officePaneHost } from "./officePaneHost";
import { secondYearFake } from "../../test/office/secondYear";

describe("the pane with a follow-up of the earlier plan", () => {
  it("in Office: writes the follow-up sheet and shows its verdicts in the result", async () => {
    const fake = await secondYearFake();
    const host = officePaneHost({ run: fake.run, supports: fake.supports });
    render(<App host={host} initialLang="th" />);
    await userEvent.click(
      await screen.findByRole("button", { name: "สร้างชีตผลการวิเคราะห์" }, { timeout: 10_000 }),
    );
    const box = await screen.findByRole(
      "region",
      { name: "ผลการดำเนินงานตามแผนพัฒนาปี 2569" },
      { timeout: 10_000 },
    );
    expect(box.textContent).toContain("ดำเนินการแล้ว 7 จาก 12 มาตรการ");
    expect(within(box).getByText("ได้ผล: 5")).toBeTruthy();
    expect(within(box).getAllByRole("listitem")).toHaveLength(12);
    expect(fake.sheet("ผลตามแผน ITA 2569")).toBeDefined();
    await userEvent.click(screen.getByRole("button", { name: "เปิดชีต ผลตามแผน ITA 2569" }));
    expect(fake.state.activeSheetId).toBe(fake.sheet("ผลตามแผน ITA 2569")?.id);
  }, 60_000);
});
