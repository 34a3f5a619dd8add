import { dec, mean, round2, toScore } from "./decimal";

describe("decimal rounding", () => {
  it("gives 86.69 for 0.3·89.05 + 0.3·89.5733… + 0.4·82.745 (86.685 exactly)", () => {
    const iit = dec(89.05);
    const eit = mean([dec(89.5), dec(89.6), dec(89.62)]) ?? dec(0); // 268.72 / 3 = 89.5733…
    const oit = mean([dec(82.74), dec(82.75)]) ?? dec(0); // 82.745
    const total = dec("0.3").times(iit).plus(dec("0.3").times(eit)).plus(dec("0.4").times(oit));
    expect(toScore(total)).toBe(86.69);
  });
  it("rounds half-up where binary floats round down (1.005)", () => {
    expect((1.005).toFixed(2)).toBe("1.00");
    expect(toScore(dec(1.005))).toBe(1.01);
    expect(toScore(dec(86.685))).toBe(86.69);
  });
  it("rounds the seed's OIT mean 93.375 up to 93.38", () => {
    expect(toScore(mean([dec(86.75), dec(100)]) ?? dec(0))).toBe(93.38);
  });
  it("keeps written values (94.38 stays 94.38, 0.1 + 0.2 is 0.3)", () => {
    expect(round2(dec(94.38)).toString()).toBe("94.38");
    expect(toScore(dec(0.1).plus(dec(0.2)))).toBe(0.3);
  });
  it("gives null for the mean of nothing", () => {
    expect(mean([])).toBeNull();
  });
});
