/**
 * Each wrong kind of file gets its own message on the command line, in Thai and English: what
 * the file is and what to do (the standalone page shows the same words: test/browser/pane.test.ts).
 */
import { readdirSync } from "node:fs";
import path from "node:path";
import JSZip from "jszip";
import { checkFileKind, wrongFile, WrongFileError } from "../../src/hosts/xlsx/fileKind";
import { WRONG_DIR, WRONG_FILES } from "../fixtures/wrongFiles";
import { cli } from "../helpers";

describe("a wrong kind of file, on the command line", () => {
  it("has every file of the folder in the table", () => {
    expect(readdirSync(WRONG_DIR).sort()).toEqual(Object.keys(WRONG_FILES).sort());
  });

  it.each(Object.entries(WRONG_FILES))("%s: says it is %s and what to do", async (name, kind) => {
    const file = path.join(WRONG_DIR, name);
    const { code, stdout, stderr } = await cli(["analyze", file, "-o", `${file}.out.xlsx`]);
    expect(code).toBe(1);
    expect(stdout).toBe("");
    const { th, en } = wrongFile(kind);
    expect(stderr).toBe(`ita-analyzer: ${file}: ${th}\nita-analyzer: ${file}: ${en}\n`);
  });

  it("gives different words to different kinds, each saying what to do", () => {
    const kinds = [...new Set(Object.values(WRONG_FILES))];
    const texts = kinds.map((k) => wrongFile(k));
    expect(new Set(texts.map((t) => t.en)).size).toBe(kinds.length);
    for (const t of texts) {
      expect(t.th).toMatch(/[\u0e00-\u0e7f]/);
      expect(t.en).toMatch(/[:;] (open|download|use|extract|remove)/);
      // Nothing that exists only inside Excel's pane.
      expect(`${t.th} ${t.en}`).not.toMatch(/selection|ช่วงที่เลือก/i);
    }
  });
});

describe("checkFileKind on packages that are zips but not workbooks", () => {
  const zip = (files: Record<string, string>, mimetype?: string) => {
    const z = new JSZip();
    if (mimetype) z.file("mimetype", mimetype, { compression: "STORE" });
    for (const [n, t] of Object.entries(files)) z.file(n, t);
    return z.generateAsync({ type: "uint8array", compression: "DEFLATE" });
  };
  const kindOf = async (data: Uint8Array | Promise<Uint8Array>) => {
    try {
      checkFileKind(await data);
      return "xlsx";
    } catch (e) {
      return e instanceof WrongFileError ? e.kind : String(e);
    }
  };

  it("tells .xlsb, Word, OpenDocument text and an .xlsx package apart", async () => {
    await expect(kindOf(zip({ "[Content_Types].xml": "", "xl/workbook.bin": "" }))).resolves.toBe(
      "xlsb",
    );
    await expect(kindOf(zip({ "[Content_Types].xml": "", "word/document.xml": "" }))).resolves.toBe(
      "docx",
    );
    await expect(
      kindOf(zip({ "content.xml": "" }, "application/vnd.oasis.opendocument.text")),
    ).resolves.toBe("odf");
    await expect(kindOf(zip({ "[Content_Types].xml": "", "xl/workbook.xml": "" }))).resolves.toBe(
      "xlsx",
    );
  });

  it("tells CSV with semicolons or tabs, and one line of text", async () => {
    const text = (t: string) => new TextEncoder().encode(t);
    await expect(kindOf(text("a;b;c\n1;2;3\n"))).resolves.toBe("csv");
    await expect(kindOf(text("a\tb\n1\t2\n"))).resolves.toBe("csv");
    await expect(kindOf(text("สวัสดี ครับ\n"))).resolves.toBe("text");
    await expect(kindOf(new Uint8Array([0x00, 0x01, 0x02, 0xff, 0x00]))).resolves.toBe("unknown");
  });
});
