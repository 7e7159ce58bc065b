// Bundles the CLI into dist/bundle/ after `tsc`: CommonJS, so that bin/chatnotes.js can
// load it with V8's code cache (src/cli/load-bundle.ts). `cli.cjs` holds main() and the
// command specs; each command is its own file, required only when it runs. Worker
// threads and library users keep importing the plain tsc output in dist/.
import { spawnSync } from 'node:child_process';
import { rmSync } from 'node:fs';
import { build } from 'esbuild';

const commands = ['summarise', 'lint', 'dates', 'batch', 'formats'];

// A spec's `import('../lint.js')` becomes `require('./lint.cjs')`, a separate bundle.
const commandsApart = {
  name: 'commands-apart',
  setup(b) {
    const spec = new RegExp(`^\\.\\./(${commands.join('|')})\\.js$`);
    b.onResolve({ filter: spec }, (args) => (args.importer.includes('/specs/') ? { path: args.path.slice(3, -3), namespace: 'command' } : undefined));
    b.onLoad({ filter: /.*/, namespace: 'command' }, (args) => ({ contents: `module.exports = require('./${args.path}.cjs');`, loader: 'js' }));
    b.onResolve({ filter: /^\.\/[\w-]+\.cjs$/ }, (args) => ({ path: args.path, external: true }));
  },
};

// commander loads child_process (and with it net, streams and dgram) for executable
// subcommands, which chatnotes has none of: it gets a stand-in that loads on first use.
const lazyChildProcess = {
  name: 'lazy-child-process',
  setup(b) {
    b.onResolve({ filter: /^(node:)?child_process$/ }, (args) => (args.importer.includes('node_modules/commander/') ? { path: 'child_process', namespace: 'lazy' } : undefined));
    b.onLoad({ filter: /.*/, namespace: 'lazy' }, () => ({
      contents: "let real; module.exports = new Proxy({}, { get: (_, key) => (real ??= require('node:child_process'))[key] });",
      loader: 'js',
    }));
  },
};

// Packages only some runs need (the remark serializer for unusual chat text, the CSV
// reader) are bundles of their own, required on first use: in the command's bundle, every
// start would deserialize their code and run their top level (character-entities alone
// builds a 2,000-key object). Each keeps the names it exports, read at call time.
const lazyPackages = { 'mdast-util-to-markdown': ['toMarkdown'], 'csv-parse': ['Parser'] };
const lazyName = (pkg) => `lazy-${pkg}`;
const lazyApart = {
  name: 'lazy-packages',
  setup(b) {
    const names = Object.keys(lazyPackages).map((p) => p.replace(/[-/]/g, '\\$&')).join('|');
    b.onResolve({ filter: new RegExp(`^(${names})$`) }, (args) => (args.namespace === 'file' && args.importer.includes('/dist/') ? { path: args.path, namespace: 'lazy-package' } : undefined));
    b.onLoad({ filter: /.*/, namespace: 'lazy-package' }, (args) => ({
      contents: [
        'let real;',
        `const load = () => (real ??= require('./${lazyName(args.path)}.cjs'));`,
        ...lazyPackages[args.path].map((key) => `Object.defineProperty(exports, '${key}', { enumerable: true, get: () => load().${key} });`),
      ].join('\n'),
      loader: 'js',
    }));
    // The lazy bundles' own entries.
    b.onResolve({ filter: /^lazy-entry:/ }, (args) => ({ path: args.path.slice('lazy-entry:'.length), namespace: 'lazy-entry' }));
    b.onLoad({ filter: /.*/, namespace: 'lazy-entry' }, (args) => ({ contents: `module.exports = require('${args.path}');`, loader: 'js', resolveDir: process.cwd() }));
  },
};

// Old bundles and caches go: a cache must never outlive the build it was made from.
rmSync('dist/bundle', { recursive: true, force: true });

await build({
  entryPoints: {
    cli: 'dist/cli/bin.js',
    ...Object.fromEntries(commands.map((c) => [c, `dist/cli/${c}.js`])),
    ...Object.fromEntries(Object.keys(lazyPackages).map((p) => [lazyName(p), `lazy-entry:${p}`])),
  },
  outdir: 'dist/bundle',
  outExtension: { '.js': '.cjs' },
  bundle: true,
  format: 'cjs',
  platform: 'node',
  target: 'node20',
  logLevel: 'warning',
  plugins: [commandsApart, lazyChildProcess, lazyApart],
  // Loaded from node_modules only when a rules or config file is read: bundled, their
  // namespace objects are built at every start.
  external: ['zod', 'yaml'],
  // Less to parse at start-up; identifiers stay, so a bug's stack trace still reads.
  minifyWhitespace: true,
  minifySyntax: true,
  // The sources find package files (templates, package.json) from import.meta.url.
  define: { 'import.meta.url': '__bundleUrl' },
  banner: { js: "const __bundleUrl = require('node:url').pathToFileURL(__filename).href;" },
});

// In a fresh process, so the cache is made under the same V8 flags a user's run has.
const warm = spawnSync(process.execPath, ['scripts/code-cache.mjs'], { stdio: 'inherit' });
if (warm.status !== 0) process.exitCode = warm.status ?? 1;
