/** Caps that stop zip bombs and runaway archives; each breach is a per-entry failure, never a crash. */

export interface Limits {
  /** Most entries read from one INPUT; entries past it fail. */
  maxEntries: number;
  /** Largest entry, in bytes once uncompressed. */
  maxEntryBytes: number;
  /** Largest uncompressed:compressed ratio for one entry (a whole .tar.gz for tar). */
  maxRatio: number;
}

export const DEFAULT_LIMITS: Limits = {
  maxEntries: 10_000,
  maxEntryBytes: 200 * 1024 * 1024,
  maxRatio: 100,
};

// Tiny entries compress badly or absurdly well by chance; the ratio is only judged past this size.
export const RATIO_FLOOR_BYTES = 64 * 1024;

const mb = (n: number): string => `${Math.round((n / 1024 / 1024) * 10) / 10} MB`;

export const tooLarge = (size: number, limits: Limits): string =>
  `entry too large: ${size > 1024 * 1024 ? mb(size) : `${size} bytes`} uncompressed, limit ${limits.maxEntryBytes > 1024 * 1024 ? mb(limits.maxEntryBytes) : `${limits.maxEntryBytes} bytes`}`;

export const tooCompressed = (size: number, compressed: number, maxRatio: number): string =>
  `suspicious compression ratio ${Math.round(size / Math.max(1, compressed))}:1 (limit ${maxRatio}:1); possible zip bomb`;

/**
 * The one ratio check: batch's zip entries, a whole .tar.gz, and zips read in memory
 * (a zip nested in INPUT, a zip given to summarise), so all fail alike.
 */
export function ratioProblem(size: number, compressed: number, maxRatio = DEFAULT_LIMITS.maxRatio): string | undefined {
  return size > RATIO_FLOOR_BYTES && size / Math.max(1, compressed) > maxRatio ? tooCompressed(size, compressed, maxRatio) : undefined;
}

export const tooMany = (limits: Limits): string => `too many entries: the limit is ${limits.maxEntries}`;

/** The reason an entry breaks a cap, judged from its sizes before reading. */
export function capProblem(size: number, compressed: number | undefined, limits: Limits): string | undefined {
  if (size > limits.maxEntryBytes) return tooLarge(size, limits);
  return compressed === undefined ? undefined : ratioProblem(size, compressed, limits.maxRatio);
}
