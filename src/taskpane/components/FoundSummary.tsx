import { Text, makeStyles, tokens } from "@fluentui/react-components";
import { LazyNotice } from "./LazyNotice";
import type { AnalyseResult } from "../../domain/analyse/types";
import type { Lang } from "../../domain/types";
import { strings } from "../i18n";
import type { Preview } from "../paneHost";

export interface FoundSummaryProps {
  lang: Lang;
  preview: Preview;
  check: AnalyseResult;
  /** Inside Excel, where the table can be selected; outside it, other advice. */
  inExcel?: boolean;
}

const useStyles = makeStyles({
  list: { margin: 0, paddingInlineStart: tokens.spacingHorizontalL },
});

/** What was found in the workbook, or, if nothing, what the pane looks for. */
export function FoundSummary({ lang, preview, check, inExcel = true }: FoundSummaryProps) {
  const t = strings(lang);
  const styles = useStyles();
  if (!check.ok) {
    return (
      <LazyNotice intent="warning" title={t.notFoundTitle}>
        {inExcel ? t.notFoundBody : t.notFoundBodyFile}
      </LazyNotice>
    );
  }
  const a = check.analysis;
  const indicators = a.indicators.filter((i) => i.score !== null).length;
  const items = a.indicators.reduce((n, i) => n + i.items.length, 0);
  const sheets = preview.grids.filter((g) => !g.generated).map((g) => g.name);
  return (
    <section aria-label={t.found}>
      <Text weight="semibold">{t.found}</Text>
      <ul className={styles.list}>
        <li>
          {t.unit}: {a.unit?.name ?? t.unitUnknown}
        </li>
        <li>
          {t.years}: {a.years.join(", ")}
        </li>
        <li>
          {t.indicators(indicators)}, {t.items(items)}
        </li>
        <li>
          {t.sheets}: {sheets.join(", ")}
        </li>
      </ul>
    </section>
  );
}
