/**
 * One shared copy per distinct string. A large export repeats a few authors and
 * times many thousand times; each match is a fresh string (often a slice that
 * keeps its whole line alive), so messages keep the first copy instead.
 */
export class Interner {
  private readonly seen = new Map<string, string>();

  constructor(private readonly limit = 100_000) {}

  get(s: string): string {
    const known = this.seen.get(s);
    if (known !== undefined) return known;
    // A file of unique values would only grow the table: start again past the limit.
    if (this.seen.size >= this.limit) this.seen.clear();
    this.seen.set(s, s);
    return s;
  }
}
