/** A parser that reads an export straight from its bytes (JSON: record by record), not from one decoded string. */
import type { Buffer } from 'node:buffer';
import type { ChatExport, ParseSource, Parser } from '../types.js';
import { utf8Bytes } from './json-stream.js';

export interface ByteParser extends Parser {
  /** The file's bytes in any encoding `decode` reads; UTF-8 is read without decoding the whole. */
  parseBytes(bytes: Uint8Array, source: ParseSource): ChatExport;
}

export const readsBytes = (p: Parser): p is ByteParser => typeof (p as Partial<ByteParser>).parseBytes === 'function';

/** A JSON parser whose `read` takes the text, or the UTF-8 bytes that `streamJson` reads without decoding the whole. */
export const jsonParser = (spec: Omit<Parser, 'parse'>, read: (input: Buffer | string, source: ParseSource) => ChatExport): ByteParser => ({
  ...spec,
  parse: (text, source) => read(text, source),
  parseBytes: (bytes, source) => read(utf8Bytes(bytes, source.file), source),
});
