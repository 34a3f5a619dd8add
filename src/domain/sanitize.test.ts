import { printable, safeCellValue, safeSpec, stripControl } from "./sanitize";
import type { WorkbookSpec } from "./layout/spec";

describe("control characters", () => {
  it("are stripped (C0 but tab and line breaks, DEL, C1)", () => {
    expect(stripControl("a\u0000b\u001b[31mc\u007fd\u0085e\u009bf\tg\nh\ri")).toBe(
      "ab[31mcdef\tg\nh\ri",
    );
    expect(printable("50%\rDONE\u001b]0;title\u0007")).toBe("50%DONE]0;title");
  });
  it("cells take only strings, finite numbers and booleans", () => {
    expect(safeCellValue("=1+1\u0007")).toBe("=1+1");
    expect(safeCellValue(94.5)).toBe(94.5);
    expect(safeCellValue(Number.NaN)).toBeNull();
    expect(safeCellValue(Infinity)).toBeNull();
    expect(safeCellValue(true)).toBe(true);
    expect(safeCellValue({ formula: "SUM(A1)" })).toBeNull();
    expect(safeCellValue(new Date(0))).toBeNull();
    expect(safeCellValue(undefined)).toBeNull();
  });
  it("a spec is made safe cell by cell, with its names and footers", () => {
    const spec = {
      styles: {},
      sheets: [
        {
          name: "ส\u0001รุป",
          rows: [[{ v: "x\u0085" }, null, { v: { richText: [] } }]],
          print: { header: { left: "h\u0007" }, footer: { right: "f\u001b" } },
        },
      ],
    } as unknown as WorkbookSpec;
    const safe = safeSpec(spec).sheets[0]!;
    expect(safe.name).toBe("สรุป");
    expect(safe.rows).toEqual([[{ v: "x" }, null, { v: null }]]);
    expect(safe.print.header).toEqual({ left: "h" });
    expect(safe.print.footer).toEqual({ right: "f" });
  });
});
