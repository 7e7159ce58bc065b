/** The rules run as a remark-lint style preset through unified, reporting into file.messages. */
import { readFileSync } from 'node:fs';
import remarkParse from 'remark-parse';
import remarkStringify from 'remark-stringify';
import { unified } from 'unified';
import { describe, expect, it } from 'vitest';
import { lintText } from '../../src/lint/lint.js';
import { chatnotesPreset, plugins } from '../../src/lint/remark-preset.js';

const seed001 = readFileSync('fixtures/seeds/001_c84b97bb5e5a426a.txt', 'utf8');
const seed000 = readFileSync('fixtures/seeds/000_4496a28c678f666b.txt', 'utf8');

describe('remark preset', () => {
  it('reports the same findings as lintText, with ruleId and source', async () => {
    const file = await unified().use(remarkParse).use(chatnotesPreset).use(remarkStringify).process(seed001);
    const messages = file.messages.map((m) => `${m.line}:${m.column} ${m.ruleId} ${m.source} ${m.fatal} ${m.reason}`);
    const expected = lintText(seed001, { file: '' }).map(
      (d) => `${d.line}:${d.column} ${d.ruleId} chatnotes ${d.severity === 'error'} ${d.message}`,
    );
    expect(messages.sort()).toEqual(expected.sort());
    expect(messages).toContain('38:1 no-duplicate-bullets chatnotes true Unexpected duplicate bullet, expected each point once (first at 34:1)');
  });

  it('takes a severity per plugin, remark-lint style', async () => {
    const processor = unified()
      .use(remarkParse)
      .use(plugins['list-indent']!, 'error')
      .use(plugins['no-empty-bullets']!, 'off')
      .use(remarkStringify);
    const file = await processor.process(seed000);
    expect(file.messages.map((m) => `${m.line} ${m.ruleId} ${m.fatal}`)).toEqual([
      '22 list-indent true',
      '23 list-indent true',
      '24 list-indent true',
      '68 list-indent true',
    ]);
  });

  it('reports nothing on a tree without positions (a rendered tree)', async () => {
    const processor = unified().use(remarkParse).use(chatnotesPreset);
    const tree = processor.parse(seed001);
    const strip = (node: object): void => {
      delete (node as { position?: unknown }).position;
      for (const child of (node as { children?: object[] }).children ?? []) strip(child);
    };
    strip(tree);
    // With the source as the file, positionless nodes are still all the rules have to point at.
    const messages = await new Promise<unknown[]>((resolve, reject) => {
      processor.run(tree, seed001, (error, _tree, file) => {
        if (error || !file) reject(error);
        else resolve(file.messages);
      });
    });
    expect(messages).toEqual([]);
    // The same tree with positions does report: the check above is not vacuous.
    const positioned = await new Promise<unknown[]>((resolve, reject) => {
      processor.run(processor.parse(seed001), seed001, (error, _tree, file) => {
        if (error || !file) reject(error);
        else resolve(file.messages);
      });
    });
    expect(positioned).toHaveLength(6);
  });
});
