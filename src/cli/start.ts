import { fileURLToPath } from 'node:url';
import { buildApp, buildErrorSummary, isAppBuildStale } from './appBuild';
import { registerBanner } from './registerBanner';
import { prepareDataDir } from '../register/dataDir';
import {
  closeOnSignals,
  configFromEnvironment,
  exitWith,
  listenOrExit,
  openOrExit,
} from './registerProcess';

// `npm start`: build the app if needed, open the register (migrate, seed the demo clinic on
// an empty database), serve app and API on PORT, and print where to open it.

const repositoryRoot = fileURLToPath(new URL('../..', import.meta.url));
const config = configFromEnvironment();

// Fail on an unusable data directory before spending a minute on the build.
if (config.database.kind === 'sqlite') {
  const dataDir = prepareDataDir(config.dataDir);
  if (!dataDir.ok) exitWith(dataDir.reason, dataDir.detail ?? config.dataDir);
}

if (config.staticDir !== null && isAppBuildStale(repositoryRoot, config.staticDir)) {
  console.log('Сборка приложения… / Building the app…');
  try {
    await buildApp(repositoryRoot, config.staticDir);
  } catch (error) {
    // The register is still useful without the app (API, tablets already installed), and
    // `/` then says how to build; Vite has already printed the build errors above.
    const reason = buildErrorSummary(error);
    console.error(
      `Приложение не собрано, регистр запускается без него: ${reason} / ` +
        `The app did not build; the register starts without it: ${reason}`,
    );
  }
}

const opened = await openOrExit(config);
const port = await listenOrExit(opened, config, config.host);
closeOnSignals(opened);
console.log(registerBanner(config, port, opened.seed));
