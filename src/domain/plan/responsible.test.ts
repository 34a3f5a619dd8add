import { MEASURE_OF_TOPIC, MEASURES } from "../measures/library";
import { responsibleFor } from "./responsible";

const ownerOf = (id: string, lang: "th" | "en" = "th") => {
  const m = MEASURES.find((x) => x.id === id);
  if (!m) throw new Error(`no measure ${id}`);
  return responsibleFor(m.domain, "province", lang);
};

describe("responsibleFor in a province", () => {
  it("gives the anti-corruption plan, No Gift and organisational culture to the Provincial Office", () => {
    // 10A: prevention plan, risks and No Gift; 10C: No Gift and the culture against corruption;
    // 5B: trust in corruption prevention.
    expect(["10A", "10B", "10C", "5B"].map((id) => ownerOf(id))).toEqual([
      "สำนักงานจังหวัด",
      "สำนักงานจังหวัด",
      "สำนักงานจังหวัด",
      "สำนักงานจังหวัด",
    ]);
    expect(ownerOf("10C", "en")).toBe("Provincial Office");
    for (const topic of ["noGift", "prevention", "risk", "integrity", "ethics"]) {
      const m = MEASURE_OF_TOPIC.get(topic);
      expect([topic, m && responsibleFor(m.domain, "province", "th")]).toEqual([
        topic,
        "สำนักงานจังหวัด",
      ]);
    }
  });

  it("keeps complaints of corruption with the Damrongdhama Centre", () => {
    const complaints = MEASURE_OF_TOPIC.get("complaints");
    expect(complaints?.id).toBe("9G");
    expect(ownerOf("9G")).toBe("ศูนย์ดำรงธรรมจังหวัด");
    expect(ownerOf("9G", "en")).toBe("Provincial Damrongdhama Centre");
  });

  it("gives service to all its work groups (ทุกกลุ่มงาน), in English as in Thai", () => {
    expect(responsibleFor("service", "province", "th")).toBe("ทุกกลุ่มงาน");
    expect(responsibleFor("service", "province", "en")).toBe("All work groups");
    expect(responsibleFor("service", "hospital", "en")).toBe("All work groups");
  });

  it("gives complaints to the integrity unit of a kind with no complaints unit of its own", () => {
    expect(responsibleFor("complaints", "sao", "th")).toBe(
      responsibleFor("integrity", "sao", "th"),
    );
    expect(responsibleFor("complaints", "department", "en")).toBe(
      "Anti-Corruption Operation Centre",
    );
  });
});
