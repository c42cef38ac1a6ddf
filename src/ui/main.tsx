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
warmScreenFor(window.location.pathname);

const container = document.getElementById('root');
if (container === null) throw new Error('index.html has no #root element');
const root = createRoot(container);
// The first render as a transition: React renders it in slices of ≈ 5 ms, yielding between
// them, instead of in one task. The static frame (index.html) stays until the commit, so
// nobody sees a half-drawn screen, and a phone's start has no long task of rendering left:
// Lighthouse's total blocking time went from a median of ≈ 220 to ≈ 100 ms (issue #14,
// docs/DECISIONS.md "The first render in slices").
startTransition(() => {
  root.render(
    <StrictMode>
      <App />
    </StrictMode>,
  );
});
