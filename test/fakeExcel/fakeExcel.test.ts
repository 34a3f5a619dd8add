import { FakeExcel, FakeOfficeError } from "./fakeExcel";

/** The fake must fail where Excel fails, or the adapter's tests prove nothing. */
describe("the fake Excel is as strict as Excel", () => {
  const fake = () => {
    const f = new FakeExcel();
    f.addSheet("Data", [["a", 1]]);
    return f;
  };

  it("throws PropertyNotLoaded for a property read before load + sync", async () => {
    const f = fake();
    await f.run(async (context) => {
      const range = context.workbook.worksheets.getItem("Data").getRange("A1:B1");
      expect(() => range.values).toThrow(expect.objectContaining({ code: "PropertyNotLoaded" }));
      range.load("values");
      expect(() => range.values).toThrow(expect.objectContaining({ code: "PropertyNotLoaded" }));
      await context.sync();
      expect(range.values).toEqual([["a", 1]]);
      expect(() => range.formulas).toThrow(expect.objectContaining({ code: "PropertyNotLoaded" }));
    });
  });

  it("throws InvalidArgument for an array of the wrong shape, at sync", async () => {
    const f = fake();
    await f.run(async (context) => {
      context.workbook.worksheets.getItem("Data").getRange("A1:B2").values = [[1, 2]];
      await expect(context.sync()).rejects.toMatchObject({ code: "InvalidArgument" });
    });
  });

  it("parses text written to values as typed input unless the format is text", async () => {
    const f = fake();
    await f.run(async (context) => {
      const ws = context.workbook.worksheets.getItem("Data");
      ws.getRange("A2:E2").values = [["=SUM(B1)", "12.5", "1/10/2568", "- 11.76", "ข้อความ"]];
      const text = ws.getRange("A3:B3");
      text.numberFormat = [["@", "@"]];
      text.values = [["=SUM(B1)", "12.5"]];
      await context.sync();
    });
    const cells = f.sheet("Data")!.cells;
    expect(cells["2,1"]).toMatchObject({ value: null, formula: "=SUM(B1)" });
    expect(cells["2,2"]?.value).toBe(12.5);
    expect(typeof cells["2,3"]?.value).toBe("number");
    expect(cells["2,4"]?.formula).toBe("=- 11.76");
    expect(cells["2,5"]?.value).toBe("ข้อความ");
    expect([cells["3,1"]?.value, cells["3,2"]?.value]).toEqual(["=SUM(B1)", "12.5"]);
  });

  it("counts syncs and records every operation", async () => {
    const f = fake();
    await f.run(async (context) => {
      context.workbook.worksheets.add("New");
      context.workbook.worksheets.getItem("New").tabColor = "#FF0000";
      await context.sync();
      await context.sync();
    });
    expect(f.syncs).toBe(2);
    expect(f.ops).toEqual(["WorksheetCollection.add", "Worksheet.tabColor.set"]);
  });

  it("applies the operations before a failing one and drops the rest", async () => {
    const f = fake();
    f.failAtOp = 1;
    await f.run(async (context) => {
      context.workbook.worksheets.add("One");
      context.workbook.worksheets.add("Two");
      context.workbook.worksheets.add("Three");
      await expect(context.sync()).rejects.toBeInstanceOf(FakeOfficeError);
    });
    expect(f.state.sheets.map((s) => s.name)).toEqual(["Data", "One"]);
  });

  it("rejects a request over 5 MB like Excel on the web, before applying anything", async () => {
    const f = fake();
    await f.run(async (context) => {
      const big = Array.from({ length: 3000 }, () => ["x".repeat(2000)]);
      context.workbook.worksheets.getItem("Data").getRange("A1:A3000").values = big;
      await expect(context.sync()).rejects.toMatchObject({
        code: "RequestPayloadSizeLimitExceeded",
      });
    });
    expect(f.sheet("Data")!.cells["1,1"]?.value).toBe("a");
  });

  it("rejects APIs newer than the host supports", async () => {
    const f = new FakeExcel({ apiVersion: 7 });
    f.addSheet("Data");
    expect(f.supports("1.7")).toBe(true);
    expect(f.supports("1.9")).toBe(false);
    await f.run(async (context) => {
      context.workbook.worksheets.getItem("Data").getRanges("A1:B2,C3").format.font.bold = true;
      await expect(context.sync()).rejects.toMatchObject({ code: "ApiNotFound" });
    });
  });

  it("refuses duplicate sheet names, bad names, and deleting the last visible sheet", async () => {
    const f = fake();
    await f.run(async (context) => {
      context.workbook.worksheets.add("data");
      await expect(context.sync()).rejects.toMatchObject({ code: "ItemAlreadyExists" });
      context.workbook.worksheets.add("a/b");
      await expect(context.sync()).rejects.toMatchObject({ code: "InvalidArgument" });
      context.workbook.worksheets.getItem("Data").delete();
      await expect(context.sync()).rejects.toMatchObject({ code: "InvalidOperation" });
    });
  });

  it("keeps a name's reference through a rename, and turns it to #REF! when the sheet goes", async () => {
    const f = fake();
    f.addSheet("Other");
    await f.run(async (context) => {
      const names = context.workbook.names;
      names.add("Tag", context.workbook.worksheets.getItem("Other").getRange("A1"));
      context.workbook.worksheets.getItem("Other").name = "Renamed";
      names.load("items/name,items/formula");
      await context.sync();
      expect(names.items[0]?.formula).toBe("='Renamed'!$A$1");
      context.workbook.worksheets.getItem("Renamed").delete();
      names.load("items/formula");
      await context.sync();
      expect(names.items[0]?.formula).toBe("=#REF!");
    });
  });

  it("refuses a table over merged cells and writes to a protected sheet", async () => {
    const f = fake();
    f.sheet("Data")!.merges.push("A1:B1");
    await f.run(async (context) => {
      context.workbook.worksheets.getItem("Data").tables.add("A1:B3", true);
      await expect(context.sync()).rejects.toMatchObject({ code: "MergedRangeConflict" });
    });
    f.sheet("Data")!.protected = true;
    await f.run(async (context) => {
      context.workbook.worksheets.getItem("Data").getRange("C1").values = [[1]];
      await expect(context.sync()).rejects.toMatchObject({ code: "AccessDenied" });
    });
  });
});
