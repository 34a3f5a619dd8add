import { makeStyles, mergeClasses, tokens } from "@fluentui/react-components";
import { useId, type ReactNode } from "react";

/**
 * Light controls drawn with Fluent's tokens: a native select, a native input, a label tag and a
 * busy indicator. Fluent's own Select, Input, Field, Badge and Spinner cost about 15 KB gzipped
 * of the pane's first download; these look the same and keep native keyboard and screen-reader
 * behaviour.
 */
const useStyles = makeStyles({
  field: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXXS, minWidth: 0 },
  label: { fontSize: tokens.fontSizeBase300, color: tokens.colorNeutralForeground1 },
  control: {
    fontFamily: tokens.fontFamilyBase,
    fontSize: tokens.fontSizeBase300,
    color: tokens.colorNeutralForeground1,
    backgroundColor: tokens.colorNeutralBackground1,
    border: `1px solid ${tokens.colorNeutralStroke1}`,
    borderBottomColor: tokens.colorNeutralStrokeAccessible,
    borderRadius: tokens.borderRadiusMedium,
    minHeight: "32px",
    paddingInline: tokens.spacingHorizontalS,
    minWidth: 0,
    width: "100%",
    boxSizing: "border-box",
    ":focus-visible": { outline: `2px solid ${tokens.colorStrokeFocus2}`, outlineOffset: "1px" },
  },
  small: { minHeight: "24px", width: "auto", fontSize: tokens.fontSizeBase200 },
  tag: {
    display: "inline-flex",
    alignItems: "center",
    paddingInline: tokens.spacingHorizontalS,
    borderRadius: tokens.borderRadiusCircular,
    fontSize: tokens.fontSizeBase200,
    lineHeight: tokens.lineHeightBase200,
    fontWeight: tokens.fontWeightSemibold,
  },
  danger: {
    backgroundColor: tokens.colorPaletteRedBackground1,
    color: tokens.colorPaletteRedForeground1,
  },
  warning: {
    backgroundColor: tokens.colorPaletteYellowBackground1,
    color: tokens.colorNeutralForeground1,
  },
  success: {
    backgroundColor: tokens.colorPaletteGreenBackground1,
    color: tokens.colorPaletteGreenForeground1,
  },
  informative: {
    backgroundColor: tokens.colorNeutralBackground3,
    color: tokens.colorNeutralForeground2,
  },
  busy: {
    display: "flex",
    alignItems: "center",
    gap: tokens.spacingHorizontalS,
    color: tokens.colorNeutralForeground2,
  },
  ring: {
    width: "16px",
    height: "16px",
    borderRadius: "50%",
    border: `2px solid ${tokens.colorNeutralStroke2}`,
    borderTopColor: tokens.colorBrandStroke1,
    animationName: { from: { transform: "rotate(0deg)" }, to: { transform: "rotate(360deg)" } },
    animationDuration: "0.9s",
    animationIterationCount: "infinite",
    animationTimingFunction: "linear",
    "@media (prefers-reduced-motion: reduce)": { animationDuration: "0s" },
  },
});

export type TagColor = "danger" | "warning" | "success" | "informative";

export function Tag({
  color,
  title,
  children,
}: {
  color: TagColor;
  title?: string;
  children: ReactNode;
}) {
  const s = useStyles();
  return (
    <span className={mergeClasses(s.tag, s[color])} title={title}>
      {children}
    </span>
  );
}

export interface SelectFieldProps {
  label: string;
  value: string;
  options: { value: string; text: string }[];
  onChange: (value: string) => void;
  /** Label read by screen readers only, for a compact select. */
  hiddenLabel?: boolean;
  size?: "small" | "medium";
}

export function SelectField({
  label,
  value,
  options,
  onChange,
  hiddenLabel,
  size = "medium",
}: SelectFieldProps) {
  const s = useStyles();
  const id = useId();
  const select = (
    <select
      id={id}
      className={mergeClasses(s.control, size === "small" && s.small)}
      value={value}
      aria-label={hiddenLabel ? label : undefined}
      onChange={(e) => onChange(e.target.value)}
    >
      {options.map((o) => (
        <option key={o.value} value={o.value}>
          {o.text}
        </option>
      ))}
    </select>
  );
  if (hiddenLabel) return select;
  return (
    <div className={s.field}>
      <label htmlFor={id} className={s.label}>
        {label}
      </label>
      {select}
    </div>
  );
}

export interface InputFieldProps {
  label: string;
  value: string;
  onChange: (value: string) => void;
  type?: "text" | "number";
  placeholder?: string;
}

export function InputField({
  label,
  value,
  onChange,
  type = "text",
  placeholder,
}: InputFieldProps) {
  const s = useStyles();
  const id = useId();
  return (
    <div className={s.field}>
      <label htmlFor={id} className={s.label}>
        {label}
      </label>
      <input
        id={id}
        className={s.control}
        type={type}
        value={value}
        placeholder={placeholder}
        onChange={(e) => onChange(e.target.value)}
      />
    </div>
  );
}

/** A busy indicator with its text, announced to screen readers. */
export function Busy({ label }: { label: string }) {
  const s = useStyles();
  return (
    <div className={s.busy} role="progressbar" aria-label={label} aria-busy="true">
      <span className={s.ring} aria-hidden="true" />
      <span>{label}</span>
    </div>
  );
}
