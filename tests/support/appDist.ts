// Where the browser tests build the app and serve it from. `E2E_DIST` lets two test runs on
// one checkout build into separate folders instead of overwriting each other's build.
export const E2E_DIST = process.env['E2E_DIST'] ?? 'dist';
