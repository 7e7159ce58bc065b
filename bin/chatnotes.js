#!/usr/bin/env node
// Thin launcher: all logic lives in the built CLI (bundled by `npm run build`), which returns an exit code.
import { run } from '../dist/bundle/bin.js';

process.exitCode = await run();
