import { makeStyles, tokens } from "@fluentui/react-components";
import { AGENCY_KINDS, PROFILES } from "../../domain/agency/profiles";
import type { AgencyKind } from "../../domain/agency/types";
import type { Lang } from "../../domain/types";
import { strings } from "../i18n";
import type { PaneSettings } from "../paneHost";
import { InputField, SelectField } from "./controls";
import { YearFilesField } from "./YearFilesField";

export interface OptionsFormProps {
  lang: Lang;
  /** Years present in the workbook, ascending. */
  years: number[];
  /** The agency's name as the workbook states it, shown until staff type another. */
  foundUnit?: string | null;
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
});

const num = (v: string) => (v.trim() === "" || Number.isNaN(Number(v)) ? undefined : Number(v));

/**
 * Year, comparison year, sheet language, agency name, its kind and English name, the memo's
 * date and digits, responsible unit, flag floors, and year files for years the program does not
 * hold.
 */
export function OptionsForm({ lang, years, foundUnit, settings, onChange }: OptionsFormProps) {
  const t = strings(lang);
  const styles = useStyles();
  const latest = years[years.length - 1];
  const year = settings.year ?? latest;
  const earlier = years.filter((y) => year !== undefined && y < year);
  const set = (p: Partial<PaneSettings>) => onChange({ ...settings, ...p });
  const previous =
    settings.previousYear === null
      ? ""
      : String(settings.previousYear ?? earlier[earlier.length - 1] ?? "");
  return (
    <div className={styles.form}>
      <div className={styles.row}>
        <SelectField
          label={t.year}
          value={year !== undefined ? String(year) : ""}
          options={years.map((y) => ({ value: String(y), text: String(y) }))}
          onChange={(v) => set({ year: Number(v), previousYear: undefined })}
        />
        <SelectField
          label={t.previousYear}
          value={previous}
          options={[
            { value: "", text: t.none },
            ...earlier.map((y) => ({ value: String(y), text: String(y) })),
          ]}
          onChange={(v) => set({ previousYear: v === "" ? null : Number(v) })}
        />
      </div>
      <SelectField
        label={t.sheetLanguage}
        value={settings.lang ?? "th"}
        options={[
          { value: "th", text: "ไทย" },
          { value: "en", text: "English" },
        ]}
        onChange={(v) => set({ lang: v as Lang })}
      />
      <InputField
        label={t.unitName}
        value={settings.unit ?? ""}
        placeholder={foundUnit ?? t.unitPlaceholder}
        onChange={(v) => set({ unit: v })}
      />
      <div className={styles.row}>
        <SelectField
          label={t.kind}
          value={settings.kind ?? ""}
          options={[
            { value: "", text: t.kindFromName },
            ...AGENCY_KINDS.map((k) => ({ value: k, text: PROFILES[k].label[lang] })),
          ]}
          onChange={(v) => set({ kind: v === "" ? undefined : (v as AgencyKind) })}
        />
        <InputField
          label={t.unitNameEn}
          value={settings.unitEn ?? ""}
          placeholder={t.unitNameEnPlaceholder}
          onChange={(v) => set({ unitEn: v === "" ? undefined : v })}
        />
      </div>
      <div className={styles.row}>
        <InputField
          label={t.memoDate}
          value={settings.date ?? ""}
          placeholder={t.memoDatePlaceholder}
          onChange={(v) => set({ date: v === "" ? undefined : v })}
        />
        <SelectField
          label={t.digits}
          value={settings.digits ?? "thai"}
          options={[
            { value: "thai", text: t.digitsThai },
            { value: "arabic", text: t.digitsArabic },
          ]}
          onChange={(v) => set({ digits: v as "thai" | "arabic" })}
        />
      </div>
      <InputField
        label={t.responsible}
        value={settings.responsible ?? ""}
        placeholder={lang === "th" ? "สำนักปลัด" : "Office of the Permanent Secretary"}
        onChange={(v) => set({ responsible: v })}
      />
      <div className={styles.row}>
        <InputField
          label={t.indicatorFloor}
          type="number"
          value={String(settings.indicatorFloor ?? 85)}
          onChange={(v) => set({ indicatorFloor: num(v) })}
        />
        {(["IIT", "EIT", "OIT"] as const).map((tool) => (
          <InputField
            key={tool}
            label={t.itemFloor(tool)}
            type="number"
            value={String(settings.itemFloors?.[tool] ?? (tool === "OIT" ? 100 : 85))}
            onChange={(v) => set({ itemFloors: { ...settings.itemFloors, [tool]: num(v) } })}
          />
        ))}
      </div>
      <YearFilesField
        lang={lang}
        files={settings.yearFiles ?? []}
        onChange={(files) => set({ yearFiles: files.length > 0 ? files : undefined })}
      />
    </div>
  );
}
