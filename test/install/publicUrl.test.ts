/** The address of a build and the manifest rewritten for it (scripts/publicUrl.js). */
import {
  DEV_URL,
  manifestProblems,
  parsePublicUrl,
  resolveAddress,
  rewriteManifest,
} from "../../scripts/publicUrl.js";

const XML = `<OfficeApp xmlns="http://schemas.microsoft.com/office/appforoffice/1.1">
  <IconUrl DefaultValue="https://localhost:3000/assets/icon-32.png"/>
  <AppDomains><AppDomain>https://localhost:3000</AppDomain></AppDomains>
  <DefaultSettings>
    <SourceLocation DefaultValue="https://localhost:3000/taskpane.html?office=1&amp;lang=th"/>
  </DefaultSettings>
  <bt:Url id="Help" DefaultValue="https://localhost:3000/help.html#start"/>
</OfficeApp>`;

describe("parsePublicUrl", () => {
  it("keeps an https address without its trailing slash, host in lower case", () => {
    expect(parsePublicUrl(" https://IT.Example.go.th/ita-analyzer/ ")).toBe(
      "https://it.example.go.th/ita-analyzer",
    );
    expect(parsePublicUrl("https://owner.github.io")).toBe("https://owner.github.io");
    expect(parsePublicUrl("https://example.invalid:8443/a/b")).toBe(
      "https://example.invalid:8443/a/b",
    );
  });

  it.each([
    ["http://example.invalid/ita", "must start with https://"],
    ["https://example.invalid/ita?x=1", "must not contain ? or #"],
    ["https://example.invalid/ita#top", "must not contain ? or #"],
    ["https://user:pw@example.invalid/ita", "must not contain a user name or password"],
    ["example.invalid/ita", "is not a web address"],
  ])("refuses %s in Thai and English", (raw, en) => {
    expect(() => parsePublicUrl(raw)).toThrow(en);
    expect(() => parsePublicUrl(raw)).toThrow(/ITA_PUBLIC_URL "[^"]*": [^\n]*[ก-๙]/);
  });
});

describe("resolveAddress", () => {
  it("uses ITA_PUBLIC_URL whenever it is given", () => {
    expect(resolveAddress({ publicUrl: "https://a.invalid/x/", development: true })).toEqual({
      url: "https://a.invalid/x",
      warning: null,
    });
  });

  it("falls back to localhost only for development, with a warning", () => {
    const dev = resolveAddress({ publicUrl: "", development: true });
    expect(dev.url).toBe(DEV_URL);
    expect(dev.warning).toContain("for development on this machine only");
  });

  it("stops a production build without an address", () => {
    expect(() => resolveAddress({ publicUrl: undefined, development: false })).toThrow(
      "ITA_PUBLIC_URL is not set",
    );
  });
});

describe("rewriteManifest", () => {
  it("moves every URL under the address, keeping paths, query strings and fragments", () => {
    const xml = rewriteManifest(XML, "https://example.invalid/ita");
    expect(xml).toContain(
      '<IconUrl DefaultValue="https://example.invalid/ita/assets/icon-32.png"/>',
    );
    expect(xml).toContain(
      '<SourceLocation DefaultValue="https://example.invalid/ita/taskpane.html?office=1&amp;lang=th"/>',
    );
    expect(xml).toContain('DefaultValue="https://example.invalid/ita/help.html#start"');
    // An AppDomain is a domain only, never a path.
    expect(xml).toContain("<AppDomain>https://example.invalid</AppDomain>");
    expect(xml).toContain('xmlns="http://schemas.microsoft.com/office/appforoffice/1.1"');
    expect(manifestProblems(xml, "https://example.invalid/ita")).toEqual([]);
  });

  it("escapes what XML needs in the address", () => {
    const base = parsePublicUrl("https://example.invalid/a&b");
    expect(rewriteManifest(XML, base)).toContain(
      'DefaultValue="https://example.invalid/a&amp;b/help.html#start"',
    );
  });

  it("names every URL left outside the address", () => {
    expect(manifestProblems(XML, "https://example.invalid/ita")).toEqual([
      "https://localhost:3000/assets/icon-32.png is not under https://example.invalid/ita",
      "https://localhost:3000/taskpane.html?office=1&lang=th is not under https://example.invalid/ita",
      "https://localhost:3000/help.html#start is not under https://example.invalid/ita",
      "AppDomain https://localhost:3000 is not https://example.invalid",
      "the manifest still names localhost",
    ]);
    expect(manifestProblems(XML, DEV_URL)).toEqual([]);
  });
});
