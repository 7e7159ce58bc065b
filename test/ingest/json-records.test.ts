import { describe, expect, it } from 'vitest';
import { parseValues, recordIds, scanJson } from '../../src/ingest/json-records.js';

describe('scanJson', () => {
  it('finds back-to-back top-level values and record lines, skipping braces inside strings', () => {
    const text = '{"value":[\n{"a":"} \\" {"},\n{"b":[{"nested":1}]}\n]}{"value":[{"c":"x"}]}\n';
    const scan = scanJson(text, new Set(['value']));
    expect(scan.values).toHaveLength(2);
    expect(scan.recordLines).toEqual([2, 3, 4]);
    expect(parseValues(text, scan)).toEqual([{ value: [{ a: '} " {' }, { b: [{ nested: 1 }] }] }, { value: [{ c: 'x' }] }]);
  });

  it('treats a top-level array as records and survives escaped backslashes before a quote', () => {
    const scan = scanJson('[\n{"a":"x\\\\"},\n{"b":1}\n]', new Set());
    expect(scan.recordLines).toEqual([2, 3]);
  });

  it('makes ids unique when records share a line', () => {
    expect(recordIds('f', [1, 1, 2, 1])).toEqual(['f:1', 'f:1.2', 'f:2', 'f:1.3']);
  });
});
