// Runs one chatnotes command in this process and reports its peak memory on fd 3.
import { writeSync } from 'node:fs';
import { main } from '../dist/cli/main.js';

const sink = { write: () => true };
const code = await main({ argv: process.argv.slice(2), cwd: process.cwd(), stdout: sink, stderr: process.stderr, env: process.env });
writeSync(3, JSON.stringify({ code, maxRSSKB: process.resourceUsage().maxRSS }));
