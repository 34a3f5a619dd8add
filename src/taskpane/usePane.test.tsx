/**
 * @jest-environment jsdom
 */
import { renderHook, waitFor } from "@testing-library/react";
import { mixedTable } from "../../test/fixtures/layouts";
import { toGrids } from "../../test/fixtures/toGrids";
import type { GenerateOptions } from "../domain/generate";
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

  it("passes the saved kind, English name, date and digits to the same call as the command line", async () => {
    const given: GenerateOptions[] = [];
    const h: PaneHost = {
      ...host({
        kind: "college",
        unitEn: "Nakhon Si Thammarat Vocational College",
        date: "2568-11-24",
        digits: "arabic",
        lang: "en",
      }),
      generate: async (options) => {
        given.push(options);
        return { kind: "failed", code: "x", message: { th: "x", en: "x" } };
      },
    };
    const { result } = renderHook(() => usePane(h));
    await waitFor(() => expect(result.current.state.check).not.toBeNull());
    await result.current.generate();
    await waitFor(() => expect(given).toHaveLength(1));
    expect(given[0]).toMatchObject({
      kind: "college",
      unitEn: "Nakhon Si Thammarat Vocational College",
      date: "2568-11-24",
      digits: "arabic",
    });
  });

  it("ignores a saved kind, date or digits it does not know, each with a note", async () => {
    const h = host({ kind: "castle", date: "24/11/2568", digits: "roman", unitEn: "" });
    const { result } = renderHook(() => usePane(h));
    await waitFor(() => expect(result.current.state.settingsNotes).toHaveLength(4));
    expect(result.current.state.settings).toEqual({});
    expect(result.current.state.settingsNotes.map((n) => n.en.split(":")[0])).toEqual([
      'The saved option "unitEn" in the workbook is ignored',
      'The saved option "kind" in the workbook is ignored',
      'The saved option "date" in the workbook is ignored',
      'The saved option "digits" in the workbook is ignored',
    ]);
  });
});
