/** A unified diff of two texts, for `--fix --dry-run` (3 lines of context, like `diff -u`). */

type Op = { kind: ' ' | '-' | '+'; line: string };

const CONTEXT = 3;

/** Lines with their line break, so a missing final newline is a difference too. */
const splitLines = (text: string): string[] => text.match(/[^\n]*\n|[^\n]+$/g) ?? [];

/** Longest common subsequence over the part that differs (common ends are trimmed first). */
const editScript = (a: string[], b: string[]): Op[] => {
  let head = 0;
  while (head < a.length && head < b.length && a[head] === b[head]) head += 1;
  let tail = 0;
  while (tail < a.length - head && tail < b.length - head && a[a.length - 1 - tail] === b[b.length - 1 - tail]) tail += 1;
  const x = a.slice(head, a.length - tail);
  const y = b.slice(head, b.length - tail);
  const width = y.length + 1;
  const table = new Uint32Array((x.length + 1) * width);
  for (let i = x.length - 1; i >= 0; i -= 1) {
    for (let j = y.length - 1; j >= 0; j -= 1) {
      table[i * width + j] = x[i] === y[j] ? table[(i + 1) * width + j + 1]! + 1 : Math.max(table[(i + 1) * width + j]!, table[i * width + j + 1]!);
    }
  }
  const ops: Op[] = a.slice(0, head).map((line) => ({ kind: ' ', line }));
  let i = 0;
  let j = 0;
  while (i < x.length || j < y.length) {
    if (i < x.length && j < y.length && x[i] === y[j]) ops.push({ kind: ' ', line: x[i++]! }), (j += 1);
    // Deletions before insertions, as diff -u prints them.
    else if (i < x.length && (j === y.length || table[(i + 1) * width + j]! >= table[i * width + j + 1]!)) ops.push({ kind: '-', line: x[i++]! });
    else ops.push({ kind: '+', line: y[j++]! });
  }
  return [...ops, ...a.slice(a.length - tail).map((line): Op => ({ kind: ' ', line }))];
};

const show = (op: Op): string =>
  op.line.endsWith('\n') ? `${op.kind}${op.line}` : `${op.kind}${op.line}\n\\ No newline at end of file\n`;

const range = (start: number, count: number): string => (count === 1 ? `${start}` : `${count === 0 ? start - 1 : start},${count}`);

/** `--- a/file`, `+++ b/file` and `@@` hunks; empty when the texts are equal. */
export function unifiedDiff(file: string, before: string, after: string): string {
  if (before === after) return '';
  const ops = editScript(splitLines(before), splitLines(after));
  const changed = ops.flatMap((op, index) => (op.kind === ' ' ? [] : [index]));
  let out = `--- a/${file}\n+++ b/${file}\n`;
  for (let k = 0; k < changed.length; ) {
    const from = Math.max(0, changed[k]! - CONTEXT);
    let to = changed[k]!;
    // Changes closer than twice the context share one hunk.
    while (k < changed.length && changed[k]! - to - 1 <= 2 * CONTEXT) to = changed[k++]!;
    to = Math.min(ops.length - 1, to + CONTEXT);
    const oldStart = ops.slice(0, from).filter((op) => op.kind !== '+').length + 1;
    const newStart = ops.slice(0, from).filter((op) => op.kind !== '-').length + 1;
    const hunk = ops.slice(from, to + 1);
    const oldCount = hunk.filter((op) => op.kind !== '+').length;
    const newCount = hunk.filter((op) => op.kind !== '-').length;
    out += `@@ -${range(oldStart, oldCount)} +${range(newStart, newCount)} @@\n${hunk.map(show).join('')}`;
  }
  return out;
}
