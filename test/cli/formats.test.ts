import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parsers } from '../../src/ingest/parsers/index.js';
import { runMain } from '../support/cli.js';

const repo = resolve(import.meta.dirname, '../..');

describe('chatnotes formats', () => {
  it('prints one line per parser, id then description, in registry order', async () => {
    const r = await runMain(['formats'], repo);
    expect(r.exitCode).toBe(0);
    expect(r.stderr).toBe('');
    const lines = r.stdout.trimEnd().split('\n');
    expect(lines).toHaveLength(parsers.length);
    lines.forEach((line, i) => {
      const p = parsers[i]!;
      expect(line).toMatch(new RegExp(`^${p.format} +${p.description.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}$`));
    });
    expect(r.stdout).toMatch(/^webvtt +WebVTT transcript/m);
    expect(r.stdout).toMatch(/^discord-csv +Discord channel exported by DiscordChatExporter as CSV/m);
  });

  it('lines the descriptions up in one column', async () => {
    const { stdout } = await runMain(['formats'], repo);
    const columns = new Set(stdout.trimEnd().split('\n').map((l) => /^\S+ +/.exec(l)![0].length));
    expect(columns.size).toBe(1);
  });

  it('--json prints an array of {id, platform, description}', async () => {
    const r = await runMain(['formats', '--json'], repo);
    expect(r.exitCode).toBe(0);
    const list = JSON.parse(r.stdout) as { id: string; platform: string; description: string }[];
    expect(list.map((f) => f.id)).toEqual(parsers.map((p) => p.format));
    expect(list.find((f) => f.id === 'teams-graph')).toEqual({ id: 'teams-graph', platform: 'MS Teams', description: expect.stringContaining('Graph') });
  });

  it('rejects an argument it does not take with exit 2', async () => {
    const r = await runMain(['formats', 'extra'], repo);
    expect(r.exitCode).toBe(2);
  });

  it('is listed in the top-level help', async () => {
    const r = await runMain(['--help'], repo);
    expect(r.stdout).toMatch(/formats/);
  });
});
