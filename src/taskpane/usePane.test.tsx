/**
 * @jest-environment jsdom
 */
import { renderHook, waitFor } from "@testing-library/react";
import { mixedTable } from "../../test/fixtures/layouts";
import { toGrids } from "../../test/fixtures/toGrids";
import type { PaneHost } from "./paneHost";
import { usePane } from "./usePane";

function host(saved: unknown): PaneHost {
  return {
    kind: "standalone",
    read: async () => ({ grids: toGrids(mixedTable()) }),
    generate: async () => ({ kind: "failed", code: "x", message: { th: "x", en: "x" } }),
    loadSettings: () => saved,
    saveSettings: async () => undefined,
  };
}

describe("usePane and the workbook's saved options", () => {
  it("uses the valid options and lists the invalid ones as notes", async () => {
    const h = host({ lang: "en", indicatorFloor: "=HYPERLINK(1)", responsible: "กองคลัง" });
    const { result } = renderHook(() => usePane(h));
    await waitFor(() => expect(result.current.state.check).not.toBeNull());
    await waitFor(() => expect(result.current.state.settingsNotes).toHaveLength(1));
    expect(result.current.state.settings).toEqual({ lang: "en", responsible: "กองคลัง" });
    expect(result.current.state.settingsNotes.map((n) => n.en)).toEqual([
      'The saved option "indicatorFloor" in the workbook is ignored: it must be a score from 0 to 100',
    ]);
  });

  it("survives saved options that are not an object at all", async () => {
    const h = host("garbage");
    const { result } = renderHook(() => usePane(h));
    await waitFor(() => expect(result.current.state.check).not.toBeNull());
    await waitFor(() => expect(result.current.state.settingsNotes).toHaveLength(1));
    expect(result.current.state.settings).toEqual({});
  });
});
