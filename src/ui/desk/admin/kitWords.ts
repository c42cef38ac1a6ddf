import type { TFunction } from 'i18next';
import type { AntibodyClass, METHODS, TARGETS, UNITS } from '../../../core/lab/kit';

// A kit in the clinic's words on the settings screens (the editor's list and the read-only
// view), never its codes:
//
//   {antibodyClass: "IgG", target: "S", method: "ELISA"}  →  "антитела IgG к S-белку · ИФА"
//   ("1,1", "index")                                      →  "1,1 индекс"

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
