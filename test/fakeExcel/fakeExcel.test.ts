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

/** The limits and behaviours added from Microsoft's documentation (README.md cites each). */
describe("the fake Excel enforces the host's documented limits", () => {
  const fake = () => {
    const f = new FakeExcel();
    f.addSheet("Data", [["a", 1]]);
    return f;
  };

  it("refuses a response over 5 MB, delivers none of it, and counts only delivered answers", async () => {
    const f = fake();
    f.addSheet(
      "Big",
      Array.from({ length: 40_000 }, (_, r) => [`ข้อความยาวพอสมควรแถวที่ ${r}`, r, r * 2]),
    );
    await f.run(async (context) => {
      const range = context.workbook.worksheets.getItem("Big").getRange("A1:C40000");
      range.load("values,formulas,valueTypes,numberFormat");
      await expect(context.sync()).rejects.toMatchObject({
        code: "ResponsePayloadSizeLimitExceeded",
      });
      expect(() => range.values).toThrow(expect.objectContaining({ code: "PropertyNotLoaded" }));
      const part = context.workbook.worksheets.getItem("Big").getRange("A1:C100");
      part.load("values");
      await context.sync();
      expect(part.values).toHaveLength(100);
    });
    expect(f.refusedResponses).toBe(1);
    expect(f.maxResponseBytes).toBeGreaterThan(100);
    expect(f.maxResponseBytes).toBeLessThan(20_000);
  });

  it("refuses a read of more than five million cells (RangeExceedsLimit); whole columns are A:E", async () => {
    const f = fake();
    await f.run(async (context) => {
      const columns = context.workbook.worksheets.getItem("Data").getRange("A:E");
      columns.load("address,cellCount");
      await context.sync();
      expect([columns.address, columns.cellCount]).toEqual(["Data!A:E", 5 * 1_048_576]);
      columns.load("values");
      await expect(context.sync()).rejects.toMatchObject({ code: "RangeExceedsLimit" });
    });
  });

  it("strictNullObjects: a method on a null object throws; without it, a null object follows", async () => {
    for (const strict of [false, true]) {
      const f = fake();
      f.strictNullObjects = strict;
      await f.run(async (context) => {
        const past = context.workbook.worksheets.getFirst().getNextOrNullObject();
        const used = past.getUsedRangeOrNullObject();
        used.load("address");
        if (strict)
          await expect(context.sync()).rejects.toMatchObject({ code: "InvalidOperation" });
        else {
          await context.sync();
          expect(used.isNullObject).toBe(true);
        }
      });
    }
  });

  it("getUsedRange of a blank sheet is A1, never a null object", async () => {
    const f = fake();
    f.addSheet("Sheet2");
    await f.run(async (context) => {
      const used = context.workbook.worksheets.getItem("Sheet2").getUsedRange(true);
      used.load("address,values");
      await context.sync();
      expect([used.address, used.values]).toEqual(["Sheet2!A1", [[""]]]);
    });
  });

  it("several areas selected: getSelectedRange throws InvalidSelection; getSelectedRanges needs 1.9", async () => {
    const f = fake();
    f.state.selection = "'Data'!A1:B2,D1:D4";
    await f.run(async (context) => {
      context.workbook.getSelectedRange().load("address");
      await expect(context.sync()).rejects.toMatchObject({ code: "InvalidSelection" });
      const areas = context.workbook.getSelectedRanges();
      areas.load("areaCount,address");
      await context.sync();
      expect([areas.areaCount, areas.address]).toEqual([2, "Data!A1:B2,Data!D1:D4"]);
    });
    const old = new FakeExcel({ apiVersion: 7 });
    old.addSheet("Data");
    await old.run(async (context) => {
      context.workbook.getSelectedRanges().load("areaCount");
      await expect(context.sync()).rejects.toMatchObject({ code: "ApiNotFound" });
    });
  });

  it("input sheets hold formulas: formulas read back, values as calculated (cached)", async () => {
    const f = new FakeExcel();
    f.addSheet("ITA", [[80, { formula: "=ROUND(A1*1.1,2)", value: 88 }, { formula: "=A1" }]]);
    await f.run(async (context) => {
      const range = context.workbook.worksheets.getItem("ITA").getRange("A1:C1");
      range.load("values,formulas");
      await context.sync();
      expect(range.values).toEqual([[80, 88, 80]]);
      expect(range.formulas).toEqual([[80, "=ROUND(A1*1.1,2)", "=A1"]]);
    });
  });

  it("formulas follow a renamed sheet and turn to #REF! when it is deleted, for good", async () => {
    const f = fake();
    const mine = f.addSheet("Mine", [[{ formula: "='Data'!B1*2" }, { formula: "=Data!B1" }]]);
    await f.run(async (context) => {
      context.workbook.worksheets.getItem("Data").name = "ข้อมูล 2568";
      await context.sync();
    });
    expect(mine.cells["1,1"]?.formula).toBe("='ข้อมูล 2568'!B1*2");
    expect(mine.cells["1,2"]?.formula).toBe("='ข้อมูล 2568'!B1");
    await f.run(async (context) => {
      context.workbook.worksheets.getItem("ข้อมูล 2568").delete();
      context.workbook.worksheets.add("ข้อมูล 2568");
      await context.sync();
      const b = context.workbook.worksheets.getItem("Mine").getRange("B1");
      b.load("values,valueTypes");
      await context.sync();
      expect([b.values, b.valueTypes]).toEqual([[["#REF!"]], [["Error"]]]);
    });
    expect(mine.cells["1,1"]?.formula).toBe("=#REF!*2");
  });

  it("failKind: every operation of one kind throws GeneralException, each time", async () => {
    const f = fake();
    f.failKind = "WorksheetFreezePanes.freezeRows";
    for (let i = 0; i < 2; i++)
      await f.run(async (context) => {
        context.workbook.worksheets.getItem("Data").freezePanes.freezeRows(1);
        await expect(context.sync()).rejects.toMatchObject({ code: "GeneralException" });
      });
  });

  it("sheet-scoped names: hidden constants, not among the workbook's names, gone with the sheet", async () => {
    const f = fake();
    await f.run(async (context) => {
      const ws = context.workbook.worksheets.getItem("Data");
      const mark = ws.names.add("ITAAnalyzer_mark", '="0123456789abcdef:01234567"');
      mark.visible = false;
      context.workbook.worksheets.add("Other");
      await context.sync();
      const own = ws.names.getItemOrNullObject("ITAAnalyzer_mark");
      own.load("formula,visible");
      const none = context.workbook.worksheets
        .getItem("Other")
        .names.getItemOrNullObject("ITAAnalyzer_mark");
      none.load("formula");
      const workbook = context.workbook.names.load("items/name");
      await context.sync();
      expect([own.formula, own.visible]).toEqual(['="0123456789abcdef:01234567"', false]);
      expect(none.isNullObject).toBe(true);
      expect(workbook.items).toEqual([]);
      ws.delete();
      await context.sync();
    });
    expect(f.state.names).toEqual([]);
  });

  it("merged areas: only those whose top-left cell is in the range; over 512 the call fails", async () => {
    const f = new FakeExcel();
    const s = f.addSheet("Form", [["a"]]);
    s.merges.push("A1:B2", "D1:E1");
    await f.run(async (context) => {
      const ws = context.workbook.worksheets.getItem("Form");
      const some = ws.getRange("B1:E3").getMergedAreasOrNullObject();
      some.load("address");
      await context.sync();
      expect(some.address).toBe("Form!D1:E1");
    });
    for (let r = 3; r <= 515; r++) s.merges.push(`A${r}:B${r}`);
    await f.run(async (context) => {
      const ws = context.workbook.worksheets.getItem("Form");
      const many = ws.getRange("A1:E600").getMergedAreasOrNullObject();
      many.load("address");
      await expect(context.sync()).rejects.toMatchObject({ code: "GeneralException" });
      const fewer = ws.getRange("A1:E400").getMergedAreasOrNullObject();
      fewer.load("address");
      await context.sync();
      expect(fewer.address.split(",")).toHaveLength(400);
    });
  });

  it("refuses a row taller than 409 points", async () => {
    const f = fake();
    await f.run(async (context) => {
      context.workbook.worksheets.getItem("Data").getRange("1:1").format.rowHeight = 410;
      await expect(context.sync()).rejects.toMatchObject({ code: "InvalidArgument" });
    });
  });

  it("records a line chart's series: its line colour (ExcelApi 1.1) and markers (1.7, refused before)", async () => {
    const f = fake();
    await f.run(async (context) => {
      const ws = context.workbook.worksheets.getItem("Data");
      const chart = ws.charts.add("Line", ws.getRange("B1:B3"), "Columns");
      const series = chart.series.getItemAt(0);
      series.format.line.color = "#1F3864";
      series.markerStyle = "Circle";
      series.markerSize = 7;
      await context.sync();
    });
    expect(f.sheet("Data")!.charts[0]).toMatchObject({
      type: "Line",
      source: "B1:B3",
      series: [{ values: "B1:B3", line: "#1F3864", marker: "Circle", markerSize: 7 }],
    });
    const old = new FakeExcel({ apiVersion: 6 });
    old.addSheet("Data");
    await old.run(async (context) => {
      const ws = context.workbook.worksheets.getItem("Data");
      ws.charts.add("Line", ws.getRange("B1:B3"), "Columns").series.getItemAt(0).markerStyle =
        "Circle";
      await expect(context.sync()).rejects.toMatchObject({ code: "ApiNotFound" });
    });
  });
});
