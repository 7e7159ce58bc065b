/**
 * One shared copy per distinct string. A large export repeats a few authors and
 * times many thousand times; each match is a fresh string (often a slice that
 * keeps its whole line alive), so messages keep the first copy instead.
 */
export class Interner {
  private readonly seen = new Map<string, string>();
  // A Map lookup hashes the whole string every time; a slot picked from a few characters and checked with === is cheaper.
  private readonly recent: (string | undefined)[] = new Array<string | undefined>(256).fill(undefined);

  constructor(private readonly limit = 100_000) {}

  get(s: string): string {
    const slot = slotOf(s);
    const hit = this.recent[slot];
    if (hit === s) return hit;
    let known = this.seen.get(s);
    if (known === undefined) {
      // A file of unique values would only grow the table: start again past the limit.
      if (this.seen.size >= this.limit) this.seen.clear();
      this.seen.set(s, s);
      known = s;
    }
    this.recent[slot] = known;
    return known;
  }

  /** `get(line.slice(from, to))` (from < to), with no slice made when the value is the one last seen in its slot. */
  getSlice(line: string, from: number, to: number): string {
    const n = to - from;
    // `slotOf` of the slice, read from the line.
    const slot = (n * 31 + line.charCodeAt(from) * 7 + line.charCodeAt(from + (n >> 1)) * 3 + line.charCodeAt(to - 1)) & 255;
    const hit = this.recent[slot];
    if (hit !== undefined && hit.length === n && line.startsWith(hit, from)) return hit;
    return this.get(line.slice(from, to));
  }
}

/** 0..255 from the length and three characters: cheap, and spread enough for names and times. */
export const slotOf = (s: string): number =>
  (s.length * 31 + s.charCodeAt(0) * 7 + s.charCodeAt(s.length >> 1) * 3 + s.charCodeAt(s.length - 1)) & 255;

/** Seconds of a `HH:MM:SS` (hours to 99, minutes and seconds to 59), or -1 for anything else. */
export function clockSeconds(s: string): number {
  if (s.length !== 8 || s.charCodeAt(2) !== 58 || s.charCodeAt(5) !== 58) return -1;
  let total = 0;
  // Hours, then minutes and seconds: each a pair of digits, the tens of the last two below 6.
  for (const [at, unit] of CLOCK_PARTS) {
    const tens = s.charCodeAt(at) - 48;
    const ones = s.charCodeAt(at + 1) - 48;
    if (tens < 0 || tens > (at === 0 ? 9 : 5) || ones < 0 || ones > 9) return -1;
    total += (tens * 10 + ones) * unit;
  }
  return total;
}
const CLOCK_PARTS: [number, number][] = [[0, 3600], [3, 60], [6, 1]];

/**
 * `Interner` for `HH:MM:SS` (hours to 99): found by its seconds in a table of one
 * slot per second, not by a hash of the string. A long recording has one offset per
 * message and hundreds of thousands in all, where a Map spends its time hashing.
 */
export class ClockInterner {
  // One block of 3600 slots per hour that occurs: a short file fills one or two.
  private readonly hours: (string | undefined)[][] = [];
  private readonly other = new Interner();

  get(s: string): string {
    const t = clockSeconds(s);
    if (t < 0) return this.other.get(s);
    const block = (this.hours[Math.floor(t / 3600)] ??= new Array<string | undefined>(3600).fill(undefined));
    return (block[t % 3600] ??= s);
  }

  /** What `get` gave for a clock of `t` seconds (below 100 hours), if any: a parser that read the seconds itself builds no string for a known one. */
  known(t: number): string | undefined {
    return this.hours[Math.floor(t / 3600)]?.[t % 3600];
  }

  /** `get(s)` where the caller read `s`'s seconds `t` itself (and found it not `known`). */
  add(t: number, s: string): string {
    const block = (this.hours[Math.floor(t / 3600)] ??= new Array<string | undefined>(3600).fill(undefined));
    return (block[t % 3600] ??= s);
  }
}
