// First: zod is told, before anything parses, that the browser allows it no eval.
import './zodJitless';
import { StrictMode } from 'react';
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
createRoot(container).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
