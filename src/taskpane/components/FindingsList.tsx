import { Button, Text, makeStyles, tokens } from "@fluentui/react-components";
import type { Finding, Lang } from "../../domain/types";
import { strings } from "../i18n";
import { Tag } from "./controls";

export interface FindingsListProps {
  findings: Finding[];
  lang: Lang;
  /** Selects a finding's cell in Excel; absent outside Excel. */
  onSelectCell?: (cell: string) => void;
}

const useStyles = makeStyles({
  list: {
    listStyleType: "none",
    margin: 0,
    padding: 0,
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalS,
  },
  item: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalXXS,
    paddingBlock: tokens.spacingVerticalXS,
    borderBottom: `1px solid ${tokens.colorNeutralStroke2}`,
  },
  head: { display: "flex", alignItems: "center", gap: tokens.spacingHorizontalS, flexWrap: "wrap" },
});

/** A message as a sentence: capital first letter (Thai has none, so it is unchanged). */
const sentence = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

const COLOR = { error: "danger", warning: "warning", info: "informative" } as const;

/** Findings by severity (errors first), each with its cell; a click selects the cell in Excel. */
export function FindingsList({ findings, lang, onSelectCell }: FindingsListProps) {
  const t = strings(lang);
  const styles = useStyles();
  if (findings.length === 0) return <Text>{t.noFindings}</Text>;
  return (
    <ul className={styles.list} aria-label={t.findings}>
      {findings.map((f, i) => (
        <li key={`${f.rule}-${f.cell ?? ""}-${i}`} className={styles.item}>
          <div className={styles.head}>
            <Tag color={COLOR[f.severity]}>{t.severity[f.severity]}</Tag>
            {f.cell && onSelectCell ? (
              <Button
                size="small"
                appearance="transparent"
                onClick={() => onSelectCell(f.cell as string)}
                aria-label={t.goToCell(f.cell)}
              >
                {f.cell}
              </Button>
            ) : (
              f.cell && <Text size={200}>{f.cell}</Text>
            )}
          </div>
          <Text size={300}>{sentence(f.message[lang])}</Text>
        </li>
      ))}
    </ul>
  );
}
