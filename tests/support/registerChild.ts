import {
  configFromEnvironment,
  closeOnSignals,
  listenOrExit,
  openOrExit,
} from '../../src/cli/registerProcess';

// The register as a process of its own, for the chaos run (issue #13): the same start-up as
// `npm start` (configuration from the environment, migrations, demo seed), without building
// or serving the app, so a SIGKILL kills exactly what a crash would. It prints one line
// when it listens, which the parent waits for:
//
//   serodesk-register listening 41871 seeded        (or "kept-existing": the demo seed's outcome)

const config = { ...configFromEnvironment(), staticDir: null };
const opened = await openOrExit(config);
const port = await listenOrExit(opened, config, config.host);
closeOnSignals(opened);
process.stdout.write(`serodesk-register listening ${port} ${opened.seed}\n`);
