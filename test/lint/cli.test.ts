/** `chatnotes lint` end to end through main(), with captured streams and temporary folders. */
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { runMain } from '../support/cli.js';

const SEED_000 = 'fixtures/seeds/000_4496a28c678f666b.txt';
const SEED_001 = 'fixtures/seeds/001_c84b97bb5e5a426a.txt';
const CLEAN = '## Overview\n\nFriday 13 March 2026, 14:00 – 16:00 | MS Teams\n\n### Themes\n\n- One point.\n- Another thing entirely.\n';
const UNEVEN = '## Overview\n\nFriday 13 March 2026, 14:00 – 16:00 | MS Teams\n\n### Themes\n\n- One point.\n - Another thing entirely.\n';

const dirs: string[] = [];
afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

/** A temporary folder from an inline file tree; removed after each test. */
const testdir = (files: Record<string, string>): string => {
  const dir = mkdtempSync(join(tmpdir(), 'chatnotes-lint-'));
  dirs.push(dir);
  for (const [name, content] of Object.entries(files)) {
    mkdirSync(dirname(join(dir, name)), { recursive: true });
    writeFileSync(join(dir, name), content);
  }
  return dir;
};

const run = async (argv: string[], cwd = process.cwd()) => {
  const { exitCode: code, stdout, stderr } = await runMain(argv, cwd);
  return { code, stdout, stderr };
};

describe('chatnotes lint', () => {
  it('exits 0 and prints nothing for a clean file', async () => {
    const cwd = testdir({ 'overview.md': CLEAN });
    expect(await run(['lint', 'overview.md'], cwd)).toEqual({ code: 0, stdout: '', stderr: '' });
  });

  it('exits 1 with one line per finding and a summary when errors are found', async () => {
    const { code, stdout } = await run(['lint', SEED_001]);
    expect(code).toBe(1);
    const lines = stdout.trimEnd().split('\n');
    expect(lines[0]).toBe(`${SEED_001}:37:1  warning  Unexpected blank line before bullet, expected one unbroken list  no-split-lists`);
    expect(lines[1]).toBe(`${SEED_001}:38:1  error  Unexpected duplicate bullet, expected each point once (first at 34:1)  no-duplicate-bullets`);
    expect(lines.at(-1)).toBe('2 warnings, 4 errors');
  });

  it('exits 0 when only warnings are found', async () => {
    const cwd = testdir({ 'overview.md': UNEVEN });
    const { code, stdout } = await run(['lint', 'overview.md'], cwd);
    expect(code).toBe(0);
    expect(stdout).toBe(
      'overview.md:8:2  warning  Unexpected bullet indented 1 space, expected 0 spaces like the first bullet of the list  list-indent\n\n1 warning, 0 errors\n',
    );
  });

  it('exits 2 with one line naming an unreadable file', async () => {
    const { code, stdout, stderr } = await run(['lint', 'missing.md', SEED_000]);
    expect(code).toBe(2);
    expect(stdout).toBe('');
    expect(stderr).toBe('chatnotes: missing.md: cannot read: no such file\n');
  });

  it('prints JSON findings with --format json', async () => {
    const { code, stdout } = await run(['lint', SEED_000, '--format', 'json']);
    expect(code).toBe(1);
    const rows = JSON.parse(stdout) as Array<Record<string, unknown>>;
    expect(rows).toHaveLength(6);
    expect(rows[3]).toEqual({
      file: SEED_000,
      line: 25,
      column: 1,
      endLine: 25,
      endColumn: 2,
      severity: 'error',
      message: 'Unexpected empty bullet, expected text after the list marker',
      ruleId: 'no-empty-bullets',
    });
  });

  it('--fix writes the mended file and then lints clean', async () => {
    const cwd = testdir({});
    copyFileSync(SEED_001, join(cwd, 'overview.md'));
    const fixed = await run(['lint', 'overview.md', '--fix'], cwd);
    expect(fixed).toEqual({ code: 0, stdout: '', stderr: 'overview.md: fixed 6 problems\n' });
    const text = readFileSync(join(cwd, 'overview.md'), 'utf8');
    expect(text).toContain('thank you all!\n- \'Push what moves\' - a motivating quote.\n- Access to Work');
    expect(text.split('Team prep should be ongoing').length).toBe(2);
    expect(await run(['lint', 'overview.md'], cwd)).toEqual({ code: 0, stdout: '', stderr: '' });
  });

  it('--fix leaves a clean file untouched', async () => {
    const cwd = testdir({ 'overview.md': CLEAN });
    expect(await run(['lint', 'overview.md', '--fix'], cwd)).toEqual({ code: 0, stdout: '', stderr: '' });
  });

  it('--fix --dry-run prints a unified diff and writes nothing', async () => {
    const cwd = testdir({ 'overview.md': UNEVEN });
    const { code, stdout, stderr } = await run(['lint', 'overview.md', '--fix', '--dry-run'], cwd);
    expect(code).toBe(0);
    expect(stderr).toBe('');
    expect(stdout).toBe(
      '--- a/overview.md\n+++ b/overview.md\n@@ -5,4 +5,4 @@\n ### Themes\n \n - One point.\n- - Another thing entirely.\n+- Another thing entirely.\n',
    );
    expect(readFileSync(join(cwd, 'overview.md'), 'utf8')).toBe(UNEVEN);
  });

  it('--dry-run without --fix is a usage error', async () => {
    const { code, stderr } = await run(['lint', SEED_000, '--dry-run']);
    expect(code).toBe(2);
    expect(stderr).toBe('chatnotes: --dry-run only makes sense with --fix\n');
  });

  it('--rule turns rules off or up, repeatably', async () => {
    const off = await run(['lint', SEED_000, '--rule', 'no-empty-bullets=off', '--rule', 'list-indent=off']);
    expect(off).toEqual({ code: 0, stdout: '', stderr: '' });
    const up = await run(['lint', SEED_000, '--rule', 'no-empty-bullets=warn', '--rule', 'list-indent=error']);
    expect(up.code).toBe(1);
    expect(up.stdout.trimEnd().split('\n').at(-1)).toBe('2 warnings, 4 errors');
  });

  it('--rule with an unknown id or level is a usage error', async () => {
    const id = await run(['lint', SEED_000, '--rule', 'no-such-rule=off']);
    expect(id.code).toBe(2);
    expect(id.stderr).toMatch(/^chatnotes: --rule no-such-rule=off: unknown rule "no-such-rule", expected one of date-line, list-indent, /);
    const level = await run(['lint', SEED_000, '--rule', 'list-indent=loud']);
    expect(level.code).toBe(2);
    expect(level.stderr).toBe('chatnotes: --rule list-indent=loud: unknown level "loud", expected one of off, warn, error\n');
  });

  it('finds chatnotes.config.json upward from the file; --rule wins over it', async () => {
    const cwd = testdir({
      'chatnotes.config.json': JSON.stringify({ rules: { 'list-indent': 'error' } }),
      'notes/2026/overview.md': UNEVEN,
    });
    const fromConfig = await run(['lint', 'notes/2026/overview.md'], cwd);
    expect(fromConfig.code).toBe(1);
    expect(fromConfig.stdout).toContain('overview.md:8:2  error  ');
    const overridden = await run(['lint', 'notes/2026/overview.md', '--rule', 'list-indent=off'], cwd);
    expect(overridden).toEqual({ code: 0, stdout: '', stderr: '' });
  });

  it('the nearest config wins, and YAML works too', async () => {
    const cwd = testdir({
      'chatnotes.config.json': JSON.stringify({ rules: { 'list-indent': 'error' } }),
      'notes/chatnotes.config.yaml': 'rules:\n  list-indent: "off"\n',
      'notes/overview.md': UNEVEN,
    });
    expect(await run(['lint', 'notes/overview.md'], cwd)).toEqual({ code: 0, stdout: '', stderr: '' });
  });

  it('a bad config is exit 2 naming the file and the path inside it', async () => {
    const cwd = testdir({
      'chatnotes.config.json': JSON.stringify({ rules: { 'list-indent': 'loud' } }),
      'overview.md': UNEVEN,
    });
    const { code, stderr } = await run(['lint', 'overview.md'], cwd);
    expect(code).toBe(2);
    expect(stderr).toBe('chatnotes: chatnotes.config.json: rules.list-indent: expected one of off, warn, error\n');
  });

  it('--help lists the options and examples and exits 0', async () => {
    const { code, stdout } = await run(['lint', '--help']);
    expect(code).toBe(0);
    for (const text of ['--fix', '--dry-run', '--format <format>', '--rule <id=level>', 'Examples:', '$ chatnotes lint overview.md --fix --dry-run', 'Exit codes:']) {
      expect(stdout).toContain(text);
    }
  });
});
