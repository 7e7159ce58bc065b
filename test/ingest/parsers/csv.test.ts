import { describe, expect, it } from 'vitest';
import { InputError } from '../../../src/errors.js';
import { csv, sniffDelimiter } from '../../../src/ingest/parsers/csv.js';

const parse = (text: string) => csv.parse(text, { file: 'chat.csv' });

describe('csv parser', () => {
  it('sniffs the delimiter from the header line, ignoring quoted ones', () => {
    expect(sniffDelimiter('timestamp;author;message')).toBe(';');
    expect(sniffDelimiter('time\tname\ttext')).toBe('\t');
    expect(sniffDelimiter('"a;b",author,message')).toBe(',');
    expect(sniffDelimiter('when|who|what')).toBe('|');
  });

  it('keeps a time that names no real day or clock as written, warns at its line, and dates the chat by the rest', () => {
    const out = parse('time,author,text\n2026-03-73 14:00,A,x\n31/02/2026 14:01,A,y\n13/03/2026 25:00,A,w\nafter lunch,A,v\n13/03/2026 14:02,A,z\n');
    expect(out.messages.map((m) => m.time)).toEqual(['2026-03-73 14:00', '31/02/2026 14:01', '13/03/2026 25:00', 'after lunch', '2026-03-13T14:02:00']);
    expect(out.warnings.map((w) => [w.line, w.message])).toEqual([
      [2, 'cannot read the time "2026-03-73 14:00" as a real date or clock; kept as written'],
      [3, 'cannot read the time "31/02/2026 14:01" as a real date or clock; kept as written'],
      [4, 'cannot read the time "13/03/2026 25:00" as a real date or clock; kept as written'],
      [5, 'cannot read the time "after lunch" as a real date or clock; kept as written'],
    ]);
    expect(out.date).toBe('2026-03-13');
  });

  it('gives each record the line it starts on, across quoted newlines', () => {
    const out = parse('time,author,message\n14:02,A,"one\ntwo\nthree"\n14:03,B,next\n');
    expect(out.messages.map((m) => [m.id, m.line, m.text])).toEqual([
      [undefined, 2, 'one\ntwo\nthree'],
      [undefined, 5, 'next'],
    ]);
  });

  it('matches header synonyms case-insensitively, with a BOM on the first name', () => {
    const out = parse('\uFEFFCreated At,Display Name,Body\n2026-03-13 14:02,Robin Hart,hi\n');
    expect(out.messages[0]).toMatchObject({ time: '2026-03-13T14:02:00', author: 'Robin Hart', text: 'hi' });
  });

  it('reads day-first and month-first columns, Unix and Excel times', () => {
    const dayFirst = parse('date,name,text\n03/04/2026 14:02,A,x\n25/04/2026 09:00,B,y\n');
    expect(dayFirst.messages.map((m) => m.time)).toEqual(['2026-04-03T14:02:00', '2026-04-25T09:00:00']);
    const monthFirst = parse('date,name,text\n04/25/2026 2:00 PM,A,x\n');
    expect(monthFirst.messages[0]!.time).toBe('2026-04-25T14:00:00');
    const other = parse('timestamp,name,text\n1773410760,A,x\n46094.5,B,y\n');
    expect(other.messages.map((m) => m.time)).toEqual(['2026-03-13T14:06:00Z', '2026-03-13T12:00:00']);
  });

  it('warns about empty messages and extra columns, with line numbers', () => {
    const out = parse('time,author,message\n14:02,A,\n14:03,B,hi,extra\n');
    expect(out.warnings.map((w) => [w.line, w.message])).toEqual([
      [2, 'row has an empty message; skipped'],
      [3, 'row has 4 columns, the header has 3; extra columns ignored'],
    ]);
    expect(out.messages).toHaveLength(1);
  });

  it('reads obvious to/kind values and ignores others', () => {
    const out = parse('time,author,message,to,type\n14:02,A,x,Everyone,message\n14:03,B,y,Sam,weird\n14:04,C,z,private,system\n');
    expect(out.messages.map((m) => [m.to, m.kind])).toEqual([['everyone', 'message'], [undefined, 'message'], ['direct', 'system']]);
  });

  it('throws when the header has no text column, naming the header line, its columns and the names a text column takes', () => {
    expect(() => parse('a,b,c\n1,2,3\n')).toThrow(InputError);
    expect(() => parse('\n\n"when";"who"\n1;2\n')).toThrow(
      'chat.csv:3: not a chat CSV: its header (when, who) has no message column; name one message, text, content, body, comment or msg',
    );
  });
});
