/** Known failures: each maps to exit code 2 and one line on stderr, no stack. */

// The bundled CLI is several files (one a command), each with its own copy of these
// classes: a known error is recognised by a registered symbol, not by its class.
const KNOWN = Symbol.for('chatnotes.known-error');

export class ChatnotesError extends Error {
  override name = 'ChatnotesError';
  readonly exitCode: number = 2;
  readonly [KNOWN] = true;
}

/** The command line is wrong (unknown flag, missing argument, bad value). */
export class UsageError extends ChatnotesError {
  override name = 'UsageError';
}

/** An input file is missing, unreadable or not what it claims; names the file and line. */
export class InputError extends ChatnotesError {
  override name = 'InputError';
  constructor(
    readonly file: string,
    reason: string,
    readonly line?: number,
    options?: ErrorOptions,
  ) {
    super(`${file}${line === undefined ? '' : `:${line}`}: ${reason}`, options);
  }
}

/** A rules or config file does not match its schema; names the file and the path inside it. */
export class ConfigError extends ChatnotesError {
  override name = 'ConfigError';
  constructor(
    readonly file: string,
    readonly path: string,
    reason: string,
    options?: ErrorOptions,
  ) {
    super(`${file}: ${path ? `${path}: ` : ''}${reason}`, options);
  }
}

/** Refusing to overwrite or write somewhere unsafe. */
export class OutputError extends ChatnotesError {
  override name = 'OutputError';
}

export const isKnownError = (error: unknown): error is ChatnotesError =>
  typeof error === 'object' && error !== null && (error as { [KNOWN]?: unknown })[KNOWN] === true;
