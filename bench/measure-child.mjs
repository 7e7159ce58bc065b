// Runs one chatnotes command in this process, loaded as bin/chatnotes.js loads it (the
// bundle, its code cache and V8 flags), and reports its peak memory on fd 3.
import { writeSync } from 'node:fs';
import { loadBundle } from '../dist/cli/load-bundle.js';

const sink = { write: () => true };
const { main } = loadBundle('cli');
const code = await main({ argv: process.argv.slice(2), cwd: process.cwd(), stdout: sink, stderr: process.stderr, env: process.env });
writeSync(3, JSON.stringify({ code, maxRSSKB: process.resourceUsage().maxRSS }));
