/**
 * @jest-environment jsdom
 */
/**
 * The pane in Office (fake Excel) with a follow-up of the earlier plan: Generate writes its sheet,
 * the result shows its verdicts and a button opens it. The sample's follow-up is made by hand
 * (test/fixtures/followUpMock.ts) until its workbook holds an earlier plan.
 */
import { render, screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { App } from "./App";
import { officePaneHost } from "./officePaneHost";
import { mixedTable } from "../../test/fixtures/layouts";
import { fakeWith } from "../../test/office/helpers";

jest.mock("../domain/layout/buildWorkbookSpec", () =>
  jest
    .requireActual<typeof import("../../test/fixtures/followUpMock")>(
      "../../test/fixtures/followUpMock",
    )
    .withSampleFollowUp(jest.requireActual("../domain/layout/buildWorkbookSpec")),
);

describe("the pane with a follow-up of the earlier plan", () => {
  it("in Office: writes the follow-up sheet and shows its verdicts in the result", async () => {
    const fake = fakeWith(mixedTable());
    const host = officePaneHost({ run: fake.run, supports: fake.supports });
    render(<App host={host} initialLang="th" />);
    await userEvent.click(await screen.findByRole("button", { name: "สร้างชีตผลการวิเคราะห์" }));
    const box = await screen.findByRole(
      "region",
      { name: "ผลการดำเนินงานตามแผนพัฒนาปี 2568" },
      { timeout: 10_000 },
    );
    expect(box.textContent).toContain("ดำเนินการแล้ว 7 จาก 11 มาตรการ");
    expect(within(box).getByText("ได้ผล: 4")).toBeTruthy();
    expect(within(box).getAllByRole("listitem")).toHaveLength(11);
    expect(fake.sheet("ผลตามแผน ITA 2568")).toBeDefined();
    await userEvent.click(screen.getByRole("button", { name: "เปิดชีต ผลตามแผน ITA 2568" }));
    expect(fake.state.activeSheetId).toBe(fake.sheet("ผลตามแผน ITA 2568")?.id);
  }, 20_000);
});
