#!/usr/bin/env node
// Thin launcher: all logic lives in the bundled CLI (built by `npm run build`, which
// `npm ci` runs), loaded with V8's code cache; it returns an exit code.
let loader;
try {
  loader = await import('../dist/cli/load-bundle.js');
} catch (error) {
  if (error?.code !== 'ERR_MODULE_NOT_FOUND') throw error;
}
if (loader) process.exitCode = await loader.loadBundle('cli').run();
else {
  process.stderr.write('chatnotes: the CLI is not built yet; run `npm run build` (npm ci and npm install do it)\n');
  process.exitCode = 2;
}
