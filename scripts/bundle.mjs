// Bundles the CLI into dist/bundle/ after `tsc`: one file to load at start-up
// instead of a few hundred small modules, with each command (and heavy library)
// in its own chunk, still loaded only when it runs. Worker threads and library
// users keep importing the plain tsc output in dist/.
import { rmSync } from 'node:fs';
import { build } from 'esbuild';

// Chunk names carry content hashes: clear the folder so old chunks do not pile up.
rmSync('dist/bundle', { recursive: true, force: true });

await build({
  entryPoints: { bin: 'dist/cli/bin.js' },
  outdir: 'dist/bundle',
  bundle: true,
  splitting: true,
  format: 'esm',
  platform: 'node',
  target: 'node20',
  logLevel: 'warning',
  // Less to parse at start-up; identifiers stay, so a bug's stack trace still reads.
  minifyWhitespace: true,
  minifySyntax: true,
  // Some dependencies are CommonJS and call require(): give the ESM bundle one.
  banner: { js: "import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);" },
});
