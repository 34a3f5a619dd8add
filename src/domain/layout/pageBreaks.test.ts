import { columnPoints, fitScale, pageBreaks, pageCapacity, planPages } from "./pageBreaks";
import { footerTitle, headerFooterCode, headerFooterSections, printSetup } from "./printSetup";

const rows = (n: number, h: number, from = 1): Record<number, number> =>
  Object.fromEntries(Array.from({ length: n }, (_, i) => [from + i, h]));
const ends = (pages: { first: number; last: number }[]) => pages.map((p) => [p.first, p.last]);

describe("page size", () => {
  it("is the page's body less its margins and header bands, at the print's scale", () => {
    const print = { ...printSetup("th", undefined, "landscape"), scale: 100 };
    // A4 landscape 8.27 in high less 0.3 + 0.4 in of margins: 545.04 pt; 8 pt for the
    // footer's band in LibreOffice; 3 pt of slack
    expect(pageCapacity(print)).toBeCloseTo(534.04, 2);
    expect(pageCapacity({ ...print, header: { left: "อบต." } })).toBeCloseTo(526.04, 2);
    expect(pageCapacity({ ...print, scale: 90 })).toBeCloseTo(537.04 / 0.9 - 3, 2);
  });

  it("fits columns to the page width at the largest whole percent", () => {
    const print = printSetup("th", undefined, "landscape");
    // 11.69 − 0.3 − 0.3 = 11.09 in = 798.48 pt; a unit is 7.43 px = 5.5725 pt in LibreOffice
    expect(columnPoints(10)).toBeCloseTo(55.725, 3);
    expect(fitScale([100], print)).toBe(100);
    expect(fitScale([150], print)).toBe(95); // 835.9 pt: 95.53 %
    expect(fitScale([159], print)).toBe(90); // 886.0 pt: 90.12 %: the tables' width
    expect(fitScale([160], print)).toBe(89); // 891.6 pt: 89.55 %
    expect(fitScale([200], print)).toBe(71);
  });
});

describe("page breaks", () => {
  it("ends a page where the next row would not fit", () => {
    expect(ends(planPages(rows(6, 30), 100, 6))).toEqual([
      [1, 3],
      [4, 6],
    ]);
  });

  it("leaves no last page of a row or two: the rows are spread", () => {
    // 3-3-1 would leave one row alone; 2-2-3 is the only even spread
    expect(ends(planPages(rows(7, 30), 100, 7))).toEqual([
      [1, 2],
      [3, 4],
      [5, 7],
    ]);
  });

  it("splits a block that does not fit between its items, not pushing it whole", () => {
    // title 30, header 20 (repeated), block A rows 3–5, block B rows 6–12 (indicator + 6 items)
    const heights = { 1: 30, 2: 20, ...rows(10, 30, 3) };
    const blocks = [
      { top: 3, bottom: 5 },
      { top: 6, bottom: 12, splitAfter: [7, 8, 9, 10, 11] },
    ];
    const pages = planPages(heights, 200, 12, blocks, [2, 2]);
    expect(ends(pages)).toEqual([
      [1, 7],
      [8, 12],
    ]);
    expect(pages[1]?.used).toBe(20 + 150); // the header repeated on page 2
  });

  it("keeps a block whole when the pages stay full enough", () => {
    const heights = { 1: 30, 2: 20, ...rows(8, 30, 3) };
    const blocks = [
      { top: 3, bottom: 6 },
      { top: 7, bottom: 10, splitAfter: [8, 9] },
    ];
    expect(ends(planPages(heights, 200, 10, blocks, [2, 2]))).toEqual([
      [1, 6],
      [7, 10],
    ]);
  });

  it("never leaves a page under half full before the last when a split avoids it", () => {
    // a 60-pt block then a 150-pt block of items, pages of 200: pushing the second block whole
    // leaves page 1 at 30 %
    const heights = rows(7, 30);
    const blocks = [
      { top: 1, bottom: 2 },
      { top: 3, bottom: 7, splitAfter: [3, 4, 5, 6] },
    ];
    const pages = planPages(heights, 100, 7, blocks);
    expect(pages.slice(0, -1).every((p) => p.fill >= 0.5)).toBe(true);
    expect(ends(pages)).toEqual([
      [1, 2],
      [3, 4],
      [5, 7],
    ]);
  });

  it("splits a block taller than a page wherever it must", () => {
    expect(ends(planPages(rows(9, 30), 100, 9, [{ top: 1, bottom: 9 }]))).toEqual([
      [1, 3],
      [4, 6],
      [7, 9],
    ]);
  });

  it("never ends a page on the print titles alone", () => {
    const heights = { 1: 90, ...rows(3, 30, 2) };
    // row 1 (the titles) fills most of a page, yet the page goes on to row 2
    const pages = planPages(heights, 120, 4, [], [1, 1]);
    expect(pages[0]?.first).toBe(1);
    expect(pages[0]?.last).toBeGreaterThanOrEqual(2);
  });

  it("returns every page end but the last as the manual breaks", () => {
    const print = { ...printSetup("th", undefined, "landscape"), scale: 100 };
    // 534.04 pt pages: 17 rows of 30 pt a page
    expect(pageBreaks(rows(40, 30), print, 40)).toEqual([17, 34]);
    // 36 rows: 17-17-2 would leave two rows alone; 16-15-5 moves three rows back to the last
    // page (28 % full) and keeps the first two nearly full
    expect(pageBreaks(rows(36, 30), print, 36)).toEqual([16, 31]);
  });
});

describe("header and footer", () => {
  it("writes the agency, the title and page X of Y in Excel's codes, with & doubled", () => {
    expect(headerFooterCode({ left: "อบต. A&B" }, "TH SarabunPSK")).toBe(
      '&L&"TH SarabunPSK,Regular"&12อบต. A&&B',
    );
    expect(
      headerFooterCode({ left: "ชื่อเรื่อง", right: "หน้า {page} จาก {pages}" }, "TH SarabunPSK", 12),
    ).toBe('&L&"TH SarabunPSK,Regular"&12ชื่อเรื่อง&R&"TH SarabunPSK,Regular"&12หน้า &P จาก &N');
    expect(headerFooterSections({ right: "Page {page} of {pages}" }, "F", 14)).toEqual({
      left: "",
      center: "",
      right: '&"F,Regular"&14Page &P of &N',
    });
  });

  it("shortens a title of several lines to its first, with the year", () => {
    expect(
      footerTitle(
        "รายงานผลการวิเคราะห์การประเมินคุณธรรมและความโปร่งใส (ITA)\nของเทศบาลตำบลคลองใหญ่ ประจำปีงบประมาณ พ.ศ. 2568",
      ),
    ).toBe("รายงานผลการวิเคราะห์การประเมินคุณธรรมและความโปร่งใส (ITA) พ.ศ. 2568");
    expect(footerTitle("แผนพัฒนา ประจำปีงบประมาณ พ.ศ. 2569\nเทศบาล")).toBe(
      "แผนพัฒนา ประจำปีงบประมาณ พ.ศ. 2569",
    );
  });
});
