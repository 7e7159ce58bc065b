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
}

/** 0..255 from the length and three characters: cheap, and spread enough for names and times. */
export const slotOf = (s: string): number =>
  (s.length * 31 + s.charCodeAt(0) * 7 + s.charCodeAt(s.length >> 1) * 3 + s.charCodeAt(s.length - 1)) & 255;
