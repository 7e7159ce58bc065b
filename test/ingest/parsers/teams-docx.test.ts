import { strToU8, zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { documentXmlLines } from '../../../src/ingest/docx-text.js';
import { unzipEntries } from '../../../src/ingest/unzip.js';
import { documentXmlText } from '../reference/docx-text-whole.js';
import { rng } from '../seeded.js';
import { teamsDocx } from '../../../src/ingest/parsers/teams-docx.js';
import { parseExport } from '../../../src/ingest/read-export.js';

const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;');
/** A minimal .docx: one `<w:p>` per line, TABs as `<w:tab/>`. */
const docx = (lines: string[]): Uint8Array => {
  const body = lines.map((l) => `<w:p><w:r>${l.split('\t').map((t) => `<w:t xml:space="preserve">${esc(t)}</w:t>`).join('<w:tab/>')}</w:r></w:p>`).join('');
  const xml = `<?xml version="1.0"?><w:document xmlns:w="x"><w:body>${body}</w:body></w:document>`;
  return zipSync({ '[Content_Types].xml': strToU8('<Types/>'), 'word/document.xml': strToU8(xml) });
};

describe('teams-docx', () => {
  it('reads a transcript .docx through parseExport: speaker lines, paragraphs, heading date and start', () => {
    const bytes = docx(['Peer Space-20260313_140012-Meeting Recording', '13 March 2026, 02:00pm', '1h 2m', 'Robin Hart   0:03', 'Welcome.', 'Sam Okafor\t0:41', 'Thanks.', 'Second paragraph.']);
    const out = parseExport(bytes, { file: 'Peer Space.docx' });
    expect(out).toMatchObject({ format: 'teams-docx', title: 'Peer Space', date: '2026-03-13' });
    expect(out.messages.map((m) => [m.time, m.author, m.text])).toEqual([
      ['2026-03-13T14:00:15', 'Robin Hart', 'Welcome.'],
      ['2026-03-13T14:00:53', 'Sam Okafor', 'Thanks.\nSecond paragraph.'],
    ]);
  });

  it('keeps elapsed times as offsets when the heading gives no start', () => {
    const out = teamsDocx.parse('Robin Hart   0:03\nHello\nSam Okafor   1:02:15\nBye\n', { file: 't.txt' });
    expect(out.messages.map((m) => m.time)).toEqual(['00:00:03', '01:02:15']);
  });

  it('does not take a body line that ends in a time for a speaker line', () => {
    const out = teamsDocx.parse('Robin Hart   0:03\nLet us meet at 10:30\nSam Okafor   0:09\nFine\n', { file: 't.txt' });
    expect(out.messages.map((m) => [m.author, m.text])).toEqual([['Robin Hart', 'Let us meet at 10:30'], ['Sam Okafor', 'Fine']]);
  });

  it('accepts "Name 10:30 AM" lines with one space when the name recurs', () => {
    const out = teamsDocx.parse('  Robin Hart 10:30 AM\nHello\n  Sam Okafor 10:31 AM\nHi\n  Robin Hart 10:32 AM\nAgain\n', { file: 't.txt', date: '2026-03-13' });
    expect(out.messages.map((m) => [m.time, m.author])).toEqual([['2026-03-13T10:30:00', 'Robin Hart'], ['2026-03-13T10:31:00', 'Sam Okafor'], ['2026-03-13T10:32:00', 'Robin Hart']]);
  });

  it('hands Teams chat pasted into Word to the teams-paste parser', () => {
    const bytes = docx(['Robin Hart', '13/03/2026 14:02', '', 'Welcome all', 'Sam Okafor', '13/03/2026 14:03', '', 'Thanks Robin']);
    const out = parseExport(bytes, { file: 'pasted chat.docx' });
    expect(out.format).toBe('teams-paste');
    expect(out.messages.map((m) => [m.author, m.text])).toEqual([['Robin Hart', 'Welcome all'], ['Sam Okafor', 'Thanks Robin']]);
  });

  it('reads paragraphs from document.xml: split runs, tabs, breaks, self-closed paragraphs, entities', () => {
    const xml = '<w:document><w:body><w:p><w:r><w:t>Recruit</w:t></w:r><w:r><w:t xml:space="preserve">ing &amp; more</w:t></w:r></w:p><w:p/><w:p><w:pPr/><w:r><w:t>a</w:t><w:tab/><w:t>b</w:t><w:br/><w:t>c &lt;d&gt;</w:t></w:r></w:p></w:body></w:document>';
    expect(documentXmlLines(strToU8(xml))).toEqual(['Recruiting & more', '', 'a\tb', 'c <d>']);
  });

  it('reads the same lines from the bytes, a paragraph at a time, as the whole-XML reader did', () => {
    const same = (bytes: Uint8Array) => expect(documentXmlLines(bytes)).toEqual(documentXmlText(new TextDecoder().decode(bytes)).split('\n'));
    const fixture = unzipEntries(readFileSync('fixtures/exports/teams-docx/transcript.docx'), 'transcript.docx').find((e) => e.path === 'word/document.xml')!;
    same(fixture.bytes);
    // Seeded documents from the pieces that matter: self-closed and attributed paragraphs, breaks, entities, characters of 1 to 4 bytes, malformed bytes, trailing empties.
    const { next: rand } = rng(11);
    // NUL stands for a malformed byte: a lone lead, a stray continuation, a cut-off sequence.
    const parts = ['<w:p>', '<w:p w:rsidR="00A1">', '</w:p>', '<w:p/>', '<w:p w:x="1"/>', '<w:pPr/>', '<w:r>', '</w:r>', '<w:t>Robin Hart   0:03</w:t>', '<w:t xml:space="preserve"> é €</w:t>', '<w:t>👍 &amp; &lt;x&gt;</w:t>', '<w:t>a\u0000b</w:t>', '<w:t>\u0000</w:t>', '\u0000', '<w:tab/>', '<w:br/>', '<w:cr/>', '<w:t/>', 'stray'];
    const bad = [[0xc3], [0x80], [0xff], [0xe2, 0x82], [0xf0, 0x9f, 0x91]];
    const encode = (xml: string) => Uint8Array.from([...strToU8(xml)].flatMap((b) => (b === 0 ? bad[Math.floor(rand() * bad.length)]! : [b])));
    for (let n = 0; n < 2000; n++) {
      const body = Array.from({ length: Math.floor(rand() * 12) }, () => parts[Math.floor(rand() * parts.length)]).join('');
      const xml = rand() < 0.8 ? `<?xml version="1.0"?><w:document><w:body>${body}</w:body></w:document>` : body;
      same(encode(xml));
    }
  });

  it('claims a zip only when it holds word/document.xml', () => {
    expect(teamsDocx.detectBundle!([{ path: 'word/document.xml', bytes: strToU8('<w:document/>') }], 'a.docx')).toBeGreaterThan(0.9);
    expect(teamsDocx.detectBundle!([{ path: 'chat.txt', bytes: strToU8('hi') }], 'a.zip')).toBe(0);
  });
});

describe('teams-docx at scale', () => {
  it('reads a transcript with more speaker lines than a call has room for arguments', () => {
    const text = Array.from({ length: 200_000 }, (_, i) => `Speaker ${i % 7 ? 'One' : 'Two'}   ${Math.floor(i / 60) % 60}:${String(i % 60).padStart(2, '0')}\nLine ${i}\n`).join('');
    expect(teamsDocx.parse(text, { file: 'big.txt' }).messages.length).toBeGreaterThan(1000);
  });
});
