import { Text, makeStyles, tokens } from "@fluentui/react-components";
import type { FollowUp, Verdict } from "../../domain/followup/types";
import { VERDICTS } from "../../domain/followup/types";
import { DONE_VERDICTS, VERDICT_LABELS } from "../../domain/followup/verdictText";
import type { Lang } from "../../domain/types";
import { strings } from "../i18n";
import { Tag, type TagColor } from "./controls";

export interface FollowUpViewProps {
  lang: Lang;
  followUp: FollowUp;
}

const useStyles = makeStyles({
  box: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXS },
  counts: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalXS },
  list: {
    margin: 0,
    paddingInlineStart: tokens.spacingHorizontalL,
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalXXS,
  },
});

/** What worked green, what rose but not enough and what is not done amber, no effect red. */
const VERDICT_COLOR: Record<Verdict, TagColor> = {
  effective: "success",
  improving: "warning",
  noEffect: "danger",
  notDone: "warning",
  cancelled: "informative",
  noData: "informative",
};

/**
 * The follow-up of the earlier plan in the result: how many measures were done, the count of each
 * verdict, and each measure with its verdict, as the follow-up sheet states them.
 */
export function FollowUpView({ lang, followUp }: FollowUpViewProps) {
  const t = strings(lang);
  const styles = useStyles();
  const words = VERDICT_LABELS[lang];
  const done = followUp.rows.filter((r) => DONE_VERDICTS.includes(r.verdict)).length;
  return (
    <section className={styles.box} aria-label={t.followUp(followUp.planYear)}>
      <Text weight="semibold">{t.followUp(followUp.planYear)}</Text>
      <Text>{t.followUpDone(done, followUp.rows.length)}</Text>
      <div className={styles.counts}>
        {VERDICTS.map((v) =>
          followUp.counts[v] > 0 ? (
            <Tag key={v} color={VERDICT_COLOR[v]}>
              {words[v]}: {followUp.counts[v]}
            </Tag>
          ) : null,
        )}
      </div>
      <ol className={styles.list} aria-label={t.followUpMeasures}>
        {followUp.rows.map((r, i) => (
          <li key={`${r.id ?? "+"}-${i}`}>
            <Text>{r.measure} </Text>
            <Tag color={VERDICT_COLOR[r.verdict]}>{words[r.verdict]}</Tag>
          </li>
        ))}
      </ol>
    </section>
  );
}
