/** A parser that reads an export straight from its bytes (JSON: record by record), not from one decoded string. */
import type { ChatExport, ParseSource, Parser } from '../types.js';

export interface ByteParser extends Parser {
  /** The file's bytes in any encoding `decode` reads; UTF-8 is read without decoding the whole. */
  parseBytes(bytes: Uint8Array, source: ParseSource): ChatExport;
}

export const readsBytes = (p: Parser): p is ByteParser => typeof (p as Partial<ByteParser>).parseBytes === 'function';
