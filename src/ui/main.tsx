// First: zod is told, before anything parses, that the browser allows it no eval.
import './zodJitless';
import { StrictMode, startTransition } from 'react';
import { createRoot } from 'react-dom/client';
import { App, warmScreenFor } from './App';
import { savedLanguage, startI18n } from './i18n';
import './styles.css';

const language = savedLanguage(localStorage);
document.documentElement.lang = language;
await startI18n(language);
const lazyScreen = warmScreenFor(window.location.pathname);

const container = document.getElementById('root');
if (container === null) throw new Error('index.html has no #root element');
const root = createRoot(container);
const app = (
  <StrictMode>
    <App />
  </StrictMode>
);
// The sign-in and home screens, in the first chunk, render as a transition: React draws them
// in slices of ≈ 5 ms, yielding between them, instead of in one long task, and the static
// frame (index.html) stays until the commit. Lighthouse's total blocking time on the sign-in
// page went from a median of ≈ 220 to ≈ 100 ms. A screen in a lazy chunk (the desk, the
// administration, the verifier, the tablet's own: App.tsx lazyScreenOf) renders at once: a transition with nothing on screen yet
// commits only when that chunk is in, so the database's reads, started after the commit,
// came later, and the desk's offline start was ≈ 50 ms slower (issue #14, docs/DECISIONS.md
// "The first render in slices").
if (lazyScreen) {
  root.render(app);
} else {
  startTransition(() => {
    root.render(app);
  });
}
