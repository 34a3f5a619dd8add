/**
 * @jest-environment jsdom
 */
import { render, screen, waitFor } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { App } from "./App";
import type { PaneHost } from "./paneHost";
import { officePaneHost } from "./officePaneHost";
import { FakeExcel } from "../../test/fakeExcel/fakeExcel";
import { mixedTable } from "../../test/fixtures/layouts";
import { fakeWith, generate } from "../../test/office/helpers";

describe("the pane", () => {
  it("standalone: the title, the explanation and the file control do not run together", () => {
    render(<App host={null} initialLang="en" openFile={async () => ({}) as PaneHost} />);
    const section = screen.getByRole("region", { name: "Working outside Excel" });
    const text = (section.textContent ?? "").replace(/\s+/g, " ");
    expect(text).toContain("Working outside Excel Open an .xlsx");
    expect(text).toContain("sent nowhere. Open a workbook");
  });

  it("in Office: lists the sheets it will rewrite before Generate, and no other", async () => {
    const fake = fakeWith(mixedTable());
    await generate(fake);
    fake.addSheet("บันทึกของฉัน", [["ของฉัน"]]);
    const host = officePaneHost({ run: fake.run, supports: fake.supports });
    render(<App host={host} initialLang="th" />);
    const list = await screen.findByRole("region", {
      name: "ชีตผลลัพธ์เดิมของโปรแกรมที่จะเขียนทับ (ชีตอื่นไม่ถูกแตะต้อง)",
    });
    const items = [...list.querySelectorAll("li")].map((li) => li.textContent);
    expect(items).toEqual(["สรุปผล ITA 2568", "วิเคราะห์ผล ITA 2568", "แผนพัฒนา ITA 2569"]);
  });

  it("in Office: several areas selected gives our message, not a raw error", async () => {
    const fake = fakeWith(mixedTable());
    fake.state.selection = "'ITA'!A1:B2,D4:D9";
    const host = officePaneHost({ run: fake.run, supports: fake.supports });
    render(<App host={host} initialLang="en" />);
    await screen.findByText("Score tables found");
    await userEvent.click(screen.getByRole("button", { name: "Read the selection only" }));
    await waitFor(() => expect(document.body.textContent).toContain("several areas are selected"));
  });

  it("in Office: a cosmetic refused shows a warning beside the result", async () => {
    const fake = new FakeExcel();
    for (const sheet of mixedTable()) fake.addSheet(sheet.name, sheet.rows as never);
    fake.failKind = "WorksheetFreezePanes.freezeRows";
    const host = officePaneHost({ run: fake.run, supports: fake.supports });
    render(<App host={host} initialLang="en" />);
    await userEvent.click(
      await screen.findByRole("button", { name: "Generate the analysis sheets" }),
    );
    await waitFor(() => expect(document.body.textContent).toContain("refused freeze panes"), {
      timeout: 10_000,
    });
  }, 20_000);
});
