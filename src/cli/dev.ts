import { fileURLToPath } from 'node:url';
import { createServer } from 'vite';
import { closeOnSignals, configFromEnvironment, listenOrExit, openOrExit } from './registerProcess';

// `npm run dev`: a register on PORT (API only, default 8080) and Vite's dev server with hot
// reload, which proxies /api and /.well-known to it (vite.config.ts reads REGISTER_URL).

const repositoryRoot = fileURLToPath(new URL('../..', import.meta.url));
const config = { ...configFromEnvironment(), staticDir: null };

const opened = await openOrExit(config);
const port = await listenOrExit(opened, config, '127.0.0.1');
process.env['REGISTER_URL'] = `http://127.0.0.1:${port}`;

const vite = await createServer({
  root: repositoryRoot,
  configFile: fileURLToPath(new URL('../../vite.config.ts', import.meta.url)),
});
await vite.listen();
closeOnSignals(opened, [vite]);
console.log(`Регистр / Register: http://127.0.0.1:${port} (API)`);
vite.printUrls();
