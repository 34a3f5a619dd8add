/**
 * @jest-environment jsdom
 */
import { act, render, renderHook, screen, waitFor } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { useState } from "react";
import { generate, type GenerateOptions } from "../../domain/generate";
import { validateSettings } from "../../domain/settings";
import { mixedTable } from "../../../test/fixtures/layouts";
import { toGrids } from "../../../test/fixtures/toGrids";
import { moved2570, moved2570YearFile } from "../../../test/fixtures/years";
import type { PaneHost } from "../paneHost";
import { usePane } from "../usePane";
import { YearFilesField } from "./YearFilesField";

function Harness({ initial }: { initial: unknown[] }) {
  const [files, setFiles] = useState(initial);
  return (
    <FluentProvider theme={webLightTheme}>
      <YearFilesField lang="th" files={files} onChange={setFiles} />
      <output data-testid="count">{files.length}</output>
    </FluentProvider>
  );
}

const json = (name: string, value: unknown) =>
  new File([typeof value === "string" ? value : JSON.stringify(value)], name, {
    type: "application/json",
  });

describe("the pane's year files", () => {
  it("adds a checked year file, shows its year, and takes it out again", async () => {
    render(<Harness initial={[]} />);
    await userEvent.upload(
      screen.getByLabelText(/ไฟล์เกณฑ์ปีการประเมิน/),
      json("ita-2570.json", moved2570YearFile()),
    );
    expect(await screen.findByText(/ปี 2570 \(\d+ ข้อ\)/)).toBeTruthy();
    expect(screen.getByTestId("count").textContent).toBe("1");
    await userEvent.click(screen.getByRole("button", { name: "นำเกณฑ์ปี 2570 ออก" }));
    expect(screen.getByTestId("count").textContent).toBe("0");
  });
  it("refuses a broken file with what is wrong and where, and keeps nothing of it", async () => {
    render(<Harness initial={[]} />);
    const spoilt = moved2570YearFile() as { weights: Record<string, string> };
    spoilt.weights.OIT = "0.50";
    await userEvent.upload(screen.getByLabelText(/ไฟล์เกณฑ์ปีการประเมิน/), json("a.json", spoilt));
    expect((await screen.findByRole("alert")).textContent).toBe(
      "a.json: weights: น้ำหนักรวมกันต้องเท่ากับ 1",
    );
    await userEvent.upload(screen.getByLabelText(/ไฟล์เกณฑ์ปีการประเมิน/), json("b.json", "{ x"));
    await waitFor(() =>
      expect(screen.getByRole("alert").textContent).toBe("ไฟล์ b.json ไม่ใช่ JSON ที่ถูกต้อง"),
    );
    expect(screen.getByTestId("count").textContent).toBe("0");
  });
  it("are saved with the workbook, read again on load, and reach the analysis", async () => {
    const kept = validateSettings({ yearFiles: [moved2570YearFile(), { year: 2570 }] });
    expect(kept.settings.yearFiles).toHaveLength(1);
    expect(kept.notes.map((n) => n.en)[0]).toMatch(/^The saved option "yearFiles\[1\]" .*weights/);
    const seen: GenerateOptions[] = [];
    const host: PaneHost = {
      kind: "standalone",
      read: async () => ({ grids: toGrids(mixedTable()) }),
      generate: async (options) => {
        seen.push(options);
        return { kind: "failed", code: "x", message: { th: "x", en: "x" } };
      },
      loadSettings: () => ({ yearFiles: [moved2570YearFile()] }),
      saveSettings: async () => undefined,
    };
    const { result } = renderHook(() => usePane(host));
    await waitFor(() => expect(result.current.state.settings.yearFiles).toHaveLength(1));
    await act(() => result.current.generate());
    expect(seen[0]?.yearFiles).toHaveLength(1);
    // The pipeline reads them: a 2570 table then uses the 2570 file, with no warning of a
    // year the program does not know.
    const done = generate(toGrids(moved2570()), seen[0]);
    expect(done.ok && [done.analysis.framework.year, done.analysis.framework.source]).toEqual([
      2570,
      "options",
    ]);
    expect(done.ok && done.analysis.findings.map((f) => f.rule)).not.toContain(
      "framework-year-unknown",
    );
  });
});
