/**
 * Page footers never overlap: the title on the left, the agency and the page number on the
 * right, and for a name too long for the three, the page number alone on the right (issue: long
 * English agency names). Measured on the longest name of the agency fixtures, in both languages.
 */
import { generate } from "../src/domain/generate";
import { PUBLIC_PRINT_ORDER } from "../src/domain/layout/printSetup";
import { textPoints } from "../src/domain/layout/rowHeight";
import type { SheetSpec } from "../src/domain/layout/spec";
import { loadPlaceNames } from "../src/hosts/placeNames";
import { AGENCY_FIXTURES, agencyLayout } from "./fixtures/agencies";
import { toGrids } from "./fixtures/toGrids";

const longest = [...AGENCY_FIXTURES].sort((a, b) => b.nameEn.length - a.nameEn.length)[0]!;

async function sheets(lang: "th" | "en"): Promise<SheetSpec[]> {
  const placeNames =
    lang === "en" ? await loadPlaceNames({ name: longest.name, place: longest.place }) : undefined;
  const result = generate(toGrids(agencyLayout(longest)), {
    date: "2568-11-24",
    lang,
    ...(placeNames ? { placeNames } : {}),
  });
  if (!result.ok) throw new Error("did not analyse");
  return result.spec.sheets.filter((s) => PUBLIC_PRINT_ORDER.includes(s.kind));
}

/** Printed width of a footer text at 12 pt, page numbers at two digits. */
const points = (t: string | undefined) => textPoints((t ?? "").replace(/\{pages?\}/g, "88"), 12);

describe.each(["th", "en"] as const)("the footers of the longest-named agency (%s)", (lang) => {
  it("leave room between the left and the right text on the page's width", async () => {
    for (const s of await sheets(lang)) {
      if (!s.print.footer.right) continue;
      const width = (11.69 - s.print.margins.left - s.print.margins.right) * 72;
      const used = points(s.print.footer.left) + points(s.print.footer.right);
      expect([s.kind, used + 36 <= width]).toEqual([s.kind, true]);
    }
  });
});

describe("the English footers of the longest-named agency", () => {
  it("print the name alone on the left and the page number alone on the right", async () => {
    expect(longest.label).toBe("sao-long-name");
    const footers = (await sheets("en"))
      .filter((s) => s.print.footer.right)
      .map((s) => [s.kind, s.print.footer.left, s.print.footer.right]);
    const name = "Nikhom Sang Ton-eng Lam Dom Noi Subdistrict Administrative Organization";
    expect(footers).toEqual([
      ["summary", name, "Page {page} of {pages}"],
      ["analysis", name, "Page {page} of {pages}"],
      ["plan", name, "Page {page} of {pages}"],
    ]);
  });
});
