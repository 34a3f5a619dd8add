import { Field, Input, Select, makeStyles, tokens } from "@fluentui/react-components";
import type { Lang } from "../../domain/types";
import { strings } from "../i18n";
import type { PaneSettings } from "../paneHost";

export interface OptionsFormProps {
  lang: Lang;
  /** Years present in the workbook, ascending. */
  years: number[];
  settings: PaneSettings;
  onChange: (settings: PaneSettings) => void;
}

const useStyles = makeStyles({
  form: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
  row: {
    display: "grid",
    gridTemplateColumns: "minmax(0, 1fr) minmax(0, 1fr)",
    gap: tokens.spacingHorizontalS,
  },
  input: { minWidth: 0, width: "100%" },
});

const num = (v: string) => (v.trim() === "" || Number.isNaN(Number(v)) ? undefined : Number(v));

/** Year, comparison year, sheet language, responsible unit and flag floors. */
export function OptionsForm({ lang, years, settings, onChange }: OptionsFormProps) {
  const t = strings(lang);
  const styles = useStyles();
  const latest = years[years.length - 1];
  const year = settings.year ?? latest;
  const earlier = years.filter((y) => year !== undefined && y < year);
  const set = (p: Partial<PaneSettings>) => onChange({ ...settings, ...p });
  return (
    <div className={styles.form}>
      <div className={styles.row}>
        <Field label={t.year}>
          <Select
            value={year !== undefined ? String(year) : ""}
            onChange={(_e, d) => set({ year: Number(d.value), previousYear: undefined })}
          >
            {years.map((y) => (
              <option key={y} value={y}>
                {y}
              </option>
            ))}
          </Select>
        </Field>
        <Field label={t.previousYear}>
          <Select
            value={
              settings.previousYear === null
                ? ""
                : String(settings.previousYear ?? earlier[earlier.length - 1] ?? "")
            }
            onChange={(_e, d) => set({ previousYear: d.value === "" ? null : Number(d.value) })}
          >
            <option value="">{t.none}</option>
            {earlier.map((y) => (
              <option key={y} value={y}>
                {y}
              </option>
            ))}
          </Select>
        </Field>
      </div>
      <Field label={t.sheetLanguage}>
        <Select value={settings.lang ?? "th"} onChange={(_e, d) => set({ lang: d.value as Lang })}>
          <option value="th">ไทย</option>
          <option value="en">English</option>
        </Select>
      </Field>
      <Field label={t.responsible}>
        <Input
          value={settings.responsible ?? ""}
          placeholder={lang === "th" ? "สำนักปลัด" : "Office of the Permanent Secretary"}
          onChange={(_e, d) => set({ responsible: d.value })}
        />
      </Field>
      <div className={styles.row}>
        <Field label={t.indicatorFloor}>
          <Input
            className={styles.input}
            type="number"
            value={String(settings.indicatorFloor ?? 85)}
            onChange={(_e, d) => set({ indicatorFloor: num(d.value) })}
          />
        </Field>
        <Field label={t.itemFloor("OIT")}>
          <Input
            className={styles.input}
            type="number"
            value={String(settings.itemFloors?.OIT ?? 100)}
            onChange={(_e, d) => set({ itemFloors: { ...settings.itemFloors, OIT: num(d.value) } })}
          />
        </Field>
      </div>
    </div>
  );
}
