#!/usr/bin/env node
// Thin launcher: all logic lives in the bundled CLI (built by `npm run build`), which
// loads with V8's code cache and returns an exit code.
import { loadBundle } from '../dist/cli/load-bundle.js';

process.exitCode = await loadBundle('cli').run();
