import i18next from 'i18next';
import type { RuTexts } from './ru';

// The Russian texts of the desk, the administration, the verifier, the tablet's settings screen
// and the enrolment form (≈ 22 KB gzip together) are chunks of their own, loaded beside their screens' chunks
// (App.tsx) instead of with the app's first chunk (issue #14). English needs none of this: its chunk (en.ts) holds every
// section, and is itself loaded only when chosen. Russian sections are loaded whatever the
// screen's language, since the bilingual prints (certificate, statement) use both.

export type TextSection = 'desk' | 'admin' | 'verifier' | 'tabletSettings' | 'enrolment';

const RUSSIAN: { readonly [S in TextSection]: () => Promise<RuTexts[S]> } = {
  desk: () => import('../desk/messages.ru').then((m) => m.deskRu),
  admin: () => import('../admin/messages.ru').then((m) => m.adminRu),
  verifier: () => import('../verifier/messages.ru').then((m) => m.verifierRu),
  tabletSettings: () => import('../tablet/messages.ru').then((m) => m.tabletSettingsRu),
  enrolment: () => import('../screens/enrolmentTexts.ru').then((m) => m.enrolmentRu),
};

async function loadSection(section: TextSection): Promise<void> {
  const texts = await RUSSIAN[section]();
  // The start-up texts first: i18next would not load 'ru' once it holds any of it.
  await i18next.loadLanguages('ru');
  if (i18next.getResource('ru', 'translation', section) !== undefined) return;
  // Silent: the screens that show these keys render only once their texts are in (withTexts),
  // and an 'added' event would re-render every translated component on screen, a cost the
  // offline cold start measured. Not copied: the texts are constants, and only this adds them.
  i18next.addResourceBundle('ru', 'translation', { [section]: texts }, false, false, {
    silent: true,
    skipCopy: true,
  });
}

/** Loads these sections' Russian texts into i18next (at once if already there). */
export async function loadTextSections(sections: readonly TextSection[]): Promise<void> {
  await Promise.all(sections.map(loadSection));
}

/** A screen's chunk together with its texts, for React.lazy: both fetched at once. */
export async function withTexts<T>(
  sections: readonly TextSection[],
  chunk: Promise<T>,
): Promise<T> {
  const [loaded] = await Promise.all([chunk, loadTextSections(sections)]);
  return loaded;
}
