import { twoYears, planOf } from "./test/fixtures/twoYears";
const t = twoYears();
const f = t.second.analysis.followUp!;
console.log(f.planYear, f.sheet, f.counts);
for (const r of f.rows) console.log(r.id, r.verdict, r.status, JSON.stringify(r.statusText), r.indicator, JSON.stringify(r.indicatorChange), JSON.stringify(r.items), r.measure.slice(0,30), r.result);
for (const i of t.second.analysis.indicators) console.log(i.number, i.score, i.previous, i.flag, i.causes.map(c=>c.code));
for (const r of planOf(t.second).rows.slice(4)) console.log(JSON.stringify(r.map(c=>c?.v ?? null)).slice(0,400));
console.log(t.second.analysis.findings.map(f=>f.rule).join(","));
