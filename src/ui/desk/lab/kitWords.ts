import type { TFunction } from 'i18next';
import type { Language } from '../../../core/bilingual';
import type { AntibodyClass, METHODS, TARGETS, UNITS } from '../../../core/lab/kit';

// A kit and its readings in the clinic's words, never its codes: on the settings screens (the
// editor's list and the read-only view), the lab step and the certificate.
//
//   {antibodyClass: "IgG", target: "S", method: "ELISA"}  →  "антитела IgG к S-белку · ИФА"
//   ("1,1", "index")                                      →  "1,1 индекс"
//   (152.4, "BAU/ml") in Russian / in English             →  "152,4 BAU/мл" / "152.4 BAU/ml"

type Target = (typeof TARGETS)[number];
type Unit = (typeof UNITS)[number];

/** What the kit finds and how: class, target when it names one, method. */
export function kitAnalyteLine(
  t: TFunction,
  kit: {
    readonly antibodyClass: AntibodyClass;
    readonly target: Target | '' | null;
    readonly method: (typeof METHODS)[number];
  },
): string {
  const target = kit.target === '' || kit.target === null ? [] : [t(`desk.target.${kit.target}`)];
  const analyte = [t(`desk.antibodyClass.${kit.antibodyClass}`), ...target].join(' ');
  return `${analyte} · ${t(`desk.method.${kit.method}`)}`;
}

/** A threshold already written with a decimal comma, and its unit in words. */
export function kitThresholdLine(t: TFunction, value: string, unit: Unit | '' | null): string {
  return unit === '' || unit === null ? value : `${value} ${t(`desk.unit.${unit}`)}`;
}

/**
 * A measured value and its unit, in `language` (`t` speaks it): a decimal comma in Russian, a
 * point in English (the certificate prints both columns).
 */
export function measuredValueLine(
  t: TFunction,
  language: Language,
  value: number,
  unit: Unit | null,
): string {
  const written = language === 'en' ? String(value) : String(value).replace('.', ',');
  return kitThresholdLine(t, written, unit);
}
