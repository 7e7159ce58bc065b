/** Which numeric field of a WhatsApp date is the day: decided over the whole file, as Pustur/whatsapp-chat-parser does. */
import type { DateOrder } from '../types.js';

/** A header's date as written: three numeric fields and how many digits the first had. */
export interface DateFields {
  a: number;
  b: number;
  c: number;
  /** The first field had four digits: the year comes first. */
  yearFirst: boolean;
}

/**
 * `ymd` when years come first; otherwise three checks over every date in file
 * order: a field above 12 cannot be the month; within one year only the day can
 * go down; the day changes more often than the month. Undecided files take
 * `fallback` (day-first for en-GB).
 */
export function inferDateOrder(dates: readonly DateFields[], fallback: DateOrder = 'dmy'): DateOrder {
  if (dates.length > 0 && dates.filter((d) => d.yearFirst).length * 2 > dates.length) return 'ymd';
  const plain = dates.filter((d) => !d.yearFirst);
  if (plain.some((d) => d.a > 12)) return 'dmy';
  if (plain.some((d) => d.b > 12)) return 'mdy';
  for (let i = 1; i < plain.length; i++) {
    const [p, d] = [plain[i - 1]!, plain[i]!];
    if (p.c !== d.c) continue;
    if (d.a < p.a && d.b >= p.b) return 'dmy';
    if (d.b < p.b && d.a >= p.a) return 'mdy';
  }
  let aChanges = 0;
  let bChanges = 0;
  for (let i = 1; i < plain.length; i++) {
    if (plain[i]!.a !== plain[i - 1]!.a) aChanges++;
    if (plain[i]!.b !== plain[i - 1]!.b) bChanges++;
  }
  if (aChanges > bChanges) return 'dmy';
  if (bChanges > aChanges) return 'mdy';
  return fallback === 'ymd' ? 'dmy' : fallback;
}

/** Year, month and day of a date under an order; two-digit years are 20xx (as both reference parsers read them). */
export function orderFields(d: DateFields, order: DateOrder): { year: number; month: number; day: number } {
  const full = (y: number) => (y < 100 ? 2000 + y : y);
  if (d.yearFirst || order === 'ymd') return { year: full(d.a), month: d.b, day: d.c };
  return order === 'dmy' ? { year: full(d.c), month: d.b, day: d.a } : { year: full(d.c), month: d.a, day: d.b };
}

/**
 * The dates `inferDateOrder` needs, kept small: a run of equal dates tells it
 * nothing more than one of them, so only changes are kept (and a count of year-first ones).
 */
export class DateSample {
  private readonly plain: DateFields[] = [];
  private yearFirst = 0;
  private total = 0;

  add(d: DateFields): void {
    this.addFields(d.a, d.b, d.c, d.yearFirst);
  }

  /** `add` without a DateFields object: one is made only when the date changes. */
  addFields(a: number, b: number, c: number, yearFirst: boolean): void {
    this.total++;
    if (yearFirst) {
      this.yearFirst++;
      return;
    }
    const last = this.plain[this.plain.length - 1];
    if (last === undefined || last.a !== a || last.b !== b || last.c !== c) this.plain.push({ a, b, c, yearFirst });
  }

  order(): DateOrder {
    return this.total > 0 && this.yearFirst * 2 > this.total ? 'ymd' : inferDateOrder(this.plain);
  }
}

/** Date fields per record, eight bytes each rather than an object. */
export class PackedDates {
  private data = new Float64Array(1024);
  private n = 0;

  push(d: DateFields): void {
    this.pushFields(d.a, d.b, d.c, d.yearFirst);
  }

  pushFields(a: number, b: number, c: number, yearFirst: boolean): void {
    if (this.n === this.data.length) {
      const next = new Float64Array(this.n * 2);
      next.set(this.data);
      this.data = next;
    }
    // Fields have at most four digits.
    this.data[this.n++] = ((a * 1e4 + b) * 1e4 + c) * 2 + (yearFirst ? 1 : 0);
  }

  /** The packed number of record `k`: equal numbers are equal dates. */
  packed(k: number): number {
    return this.data[k]!;
  }

  at(k: number): DateFields {
    const v = this.data[k]!;
    const yearFirst = v % 2 === 1;
    const rest = (v - (yearFirst ? 1 : 0)) / 2;
    return { a: Math.floor(rest / 1e8), b: Math.floor(rest / 1e4) % 1e4, c: rest % 1e4, yearFirst };
  }
}
