import type { Lang } from "../types";
import { LABELS } from "./labels";
import type { PrintSpec } from "./spec";

/** A4, fit to one page wide, Thai government margins (about 2.5 cm left, 2 cm elsewhere). */
export function printSetup(
  lang: Lang,
  repeatRows: [number, number] | undefined,
  orientation: PrintSpec["orientation"] = "landscape",
): PrintSpec {
  return {
    paper: "A4",
    orientation,
    fitToWidth: true,
    ...(repeatRows ? { repeatRows } : {}),
    margins: { left: 1, right: 0.6, top: 0.8, bottom: 0.8, header: 0.3, footer: 0.3 },
    footer: LABELS[lang].footer,
  };
}
