import { mergeStyles } from "./mergePackage";

const USER =
  '<styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">' +
  '<fonts count="1"><font><sz val="11"/><name val="Calibri"/></font></fonts>' +
  '<fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills>' +
  '<borders count="1"><border/></borders>' +
  '<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>' +
  '<cellXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/></cellXfs>' +
  '<cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles>' +
  '<dxfs count="0"/></styleSheet>';

const OURS =
  '<styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">' +
  '<numFmts count="1"><numFmt numFmtId="164" formatCode="0.00"/></numFmts>' +
  '<fonts count="2"><font><sz val="11"/></font><font><b/><sz val="16"/><name val="TH Sarabun New"/></font></fonts>' +
  '<fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills>' +
  '<borders count="1"><border/></borders>' +
  '<cellXfs count="2"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/>' +
  '<xf numFmtId="164" fontId="1" fillId="1" borderId="0" xfId="0" applyFont="1"><alignment wrapText="1"/></xf></cellXfs>' +
  '<dxfs count="1"><dxf><font><color rgb="FFC00000"/></font></dxf></dxfs></styleSheet>';

describe("mergeStyles", () => {
  it("appends ours after the user's lists, creating the missing ones in their place", () => {
    const { xml, map } = mergeStyles(USER, OURS);
    expect(xml).toContain(
      '<numFmts count="1"><numFmt numFmtId="164" formatCode="0.00"/></numFmts><fonts count="3">',
    );
    expect(xml).toContain(
      '<cellXfs count="3"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/><xf numFmtId="0" fontId="1" fillId="2" borderId="1" xfId="0"/><xf numFmtId="164" fontId="2" fillId="3" borderId="1" xfId="0" applyFont="1"><alignment wrapText="1"/></xf></cellXfs>',
    );
    expect(xml).toContain('<dxfs count="1"><dxf><font><color rgb="FFC00000"/></font></dxf></dxfs>');
    expect(xml.startsWith(USER.slice(0, USER.indexOf("<fonts")))).toBe(true);
    expect(map.xf(1)).toBe(2);
    expect(map.dxf(0)).toBe(0);
  });

  it("reuses the user's id for a number format they have, and picks a free id otherwise", () => {
    const user = USER.replace(
      "<fonts",
      '<numFmts count="2"><numFmt numFmtId="164" formatCode="0.000"/><numFmt numFmtId="170" formatCode="0.00"/></numFmts><fonts',
    );
    const ours = OURS.replace(
      '<numFmt numFmtId="164" formatCode="0.00"/></numFmts>',
      '<numFmt numFmtId="164" formatCode="0.00"/><numFmt numFmtId="165" formatCode="+0.00;-0.00"/></numFmts>',
    ).replace(
      '<xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/>',
      '<xf numFmtId="165" fontId="0" fillId="0" borderId="0" xfId="0"/>',
    );
    const { xml } = mergeStyles(user, ours);
    expect(xml).toContain(
      '<numFmts count="3"><numFmt numFmtId="164" formatCode="0.000"/><numFmt numFmtId="170" formatCode="0.00"/><numFmt numFmtId="171" formatCode="+0.00;-0.00"/></numFmts>',
    );
    expect(xml).toContain('<xf numFmtId="171" fontId="1"');
    expect(xml).toContain('<xf numFmtId="170" fontId="2"');
  });

  it("writes in the user's namespace prefix", () => {
    const prefixed = USER.replace(/<(\/?)(?!\?)/g, "<$1x:").replace(
      'x:styleSheet xmlns="',
      'x:styleSheet xmlns:x="',
    );
    const { xml } = mergeStyles(prefixed, OURS);
    expect(xml).toContain("<x:font><b/>".replace("<b/>", "<x:b/>"));
    expect(xml).not.toMatch(/<font>/);
  });
});
