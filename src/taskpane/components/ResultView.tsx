import { Button, Link, Text, makeStyles, tokens } from "@fluentui/react-components";
import type { Analysis } from "../../domain/analyse/types";
import { f2 } from "../../domain/messages";
import { levelText } from "../../domain/prose/levelText";
import type { Lang } from "../../domain/types";
import { strings } from "../i18n";
import { Tag } from "./controls";
import { FollowUpView } from "./FollowUpView";

export interface ResultViewProps {
  lang: Lang;
  analysis: Analysis;
  sheets: string[];
  onOpenSheet?: (name: string) => void;
  download?: { name: string; url: string };
}

const useStyles = makeStyles({
  box: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
  total: {
    fontSize: tokens.fontSizeHero700,
    fontWeight: tokens.fontWeightSemibold,
    lineHeight: tokens.lineHeightHero700,
  },
  flags: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalXS },
});

const FLAG_COLOR = { improve: "danger", develop: "warning", maintain: "success" } as const;

/** Total, level, change, each indicator's flag, the follow-up of the earlier plan when there is
 *  one, and links to the generated sheets. */
export function ResultView({ lang, analysis, sheets, onOpenSheet, download }: ResultViewProps) {
  const t = strings(lang);
  const styles = useStyles();
  const { total } = analysis;
  return (
    <section className={styles.box} aria-label={t.result}>
      <Text>{t.total}</Text>
      <Text className={styles.total} role="status">
        {f2(total.score)}
      </Text>
      <Text>
        {t.level}: {total.level ? levelText(analysis, lang).full : "—"}
        {total.delta !== null
          ? ` · ${t.change} ${total.delta >= 0 ? "+" : ""}${f2(total.delta)}`
          : ""}
      </Text>
      <div className={styles.flags}>
        {analysis.indicators.map((ind) =>
          ind.flag ? (
            <Tag key={ind.number} color={FLAG_COLOR[ind.flag]} title={ind.name[lang]}>
              {ind.number}: {t.flags[ind.flag]}
            </Tag>
          ) : null,
        )}
      </div>
      {analysis.followUp && <FollowUpView lang={lang} followUp={analysis.followUp} />}
      {onOpenSheet &&
        sheets.map((name) => (
          <Button key={name} appearance="secondary" onClick={() => onOpenSheet(name)}>
            {t.open(name)}
          </Button>
        ))}
      {download && (
        <Link href={download.url} download={download.name}>
          {t.download}
        </Link>
      )}
    </section>
  );
}
