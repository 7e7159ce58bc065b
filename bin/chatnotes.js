#!/usr/bin/env node
// Thin launcher: all logic lives in the built CLI, which returns an exit code.
import { run } from '../dist/cli/bin.js';

process.exitCode = await run();
