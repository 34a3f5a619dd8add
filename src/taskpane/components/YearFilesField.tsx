import { makeStyles, tokens } from "@fluentui/react-components";
import { useId, useState } from "react";
import type { Lang } from "../../domain/types";
import { strings } from "../i18n";

export interface YearFilesFieldProps {
  lang: Lang;
  /** The year files saved with the workbook, as the IT officer gave them. */
  files: unknown[];
  onChange: (files: unknown[]) => void;
}

const useStyles = makeStyles({
  field: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXXS },
  label: { fontSize: tokens.fontSizeBase300, color: tokens.colorNeutralForeground1 },
  list: {
    display: "flex",
    flexWrap: "wrap",
    gap: tokens.spacingHorizontalS,
    margin: 0,
    padding: 0,
  },
  item: {
    listStyleType: "none",
    display: "flex",
    alignItems: "center",
    gap: tokens.spacingHorizontalXS,
  },
  error: { color: tokens.colorPaletteRedForeground1, fontSize: tokens.fontSizeBase200, margin: 0 },
});

/** A chosen file's text (FileReader: in every webview Office uses, and in the tests' DOM). */
const readText = (file: File) =>
  new Promise<string>((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(String(reader.result));
    reader.onerror = () => reject(reader.error ?? new Error("read"));
    reader.readAsText(file);
  });

/** A saved year file's year and number of items (it was checked when it was added). */
const yearOf = (file: unknown) => {
  const f = file as { year?: unknown; items?: { list?: unknown[] } } | null;
  return typeof f?.year === "number" ? { year: f.year, items: f.items?.list?.length ?? 0 } : null;
};

/**
 * Framework years added without a new version of the program (README, "Add an assessment
 * year"): a year file is checked when chosen, its problems shown, and kept with the workbook's
 * options so a colleague gets the same result; one per year (a new file of a year replaces it).
 */
export function YearFilesField({ lang, files, onChange }: YearFilesFieldProps) {
  const t = strings(lang);
  const s = useStyles();
  const id = useId();
  const [errors, setErrors] = useState<string[]>([]);
  const add = async (list: FileList | null) => {
    const file = list?.[0];
    if (!file) return;
    let raw: unknown;
    try {
      raw = JSON.parse(await readText(file));
    } catch {
      setErrors([t.yearFileNotJson(file.name)]);
      return;
    }
    // The checker is loaded when a file is chosen, not with the pane.
    const { readYearFile } = await import(
      /* webpackChunkName: "settings" */ "../../domain/framework/yearFile"
    );
    const read = readYearFile(raw, file.name);
    if (!read.ok) {
      setErrors(read.errors.map((e) => e[lang]));
      return;
    }
    setErrors([]);
    onChange([...files.filter((f) => yearOf(f)?.year !== read.framework.year), raw]);
  };
  return (
    <div className={s.field}>
      <label htmlFor={id} className={s.label}>
        {t.yearFiles}
      </label>
      <input
        id={id}
        type="file"
        accept=".json,application/json"
        onChange={(e) => void add(e.target.files)}
      />
      {files.length > 0 && (
        <ul className={s.list}>
          {files.map((f, i) => {
            const y = yearOf(f);
            return y ? (
              <li key={y.year} className={s.item}>
                {t.yearFileAdded(y.year, y.items)}
                <button type="button" onClick={() => onChange(files.filter((_, j) => j !== i))}>
                  {t.yearFileRemove(y.year)}
                </button>
              </li>
            ) : null;
          })}
        </ul>
      )}
      {errors.map((e) => (
        <p key={e} className={s.error} role="alert">
          {e}
        </p>
      ))}
    </div>
  );
}
