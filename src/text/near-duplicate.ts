import { sameMeaning, signatureOf, sortSmall, type Signature } from './signature.js';

// How many earlier candidates one text is compared with at most: keeps merging
// linear in the number of texts however many share common words.
const CANDIDATE_BUDGET = 64;

/** A group of texts that say the same thing; `first` is the earliest, `fullest` the one to show. */
export interface Cluster {
  first: number;
  fullest: number;
  members: number[];
}

// Fuller means more content words; on a tie the earlier wording stays, since
// repeats tend to add only emphasis and emoji.
const fuller = (a: Signature, b: Signature): boolean => a.content.length > b.content.length;

/**
 * Groups texts that repeat each other exactly or nearly, in order of first appearance.
 * Candidates come from an inverted index over content stems, rarest first.
 */
export function clusterTexts(texts: readonly string[]): Cluster[] {
  const signatures = texts.map(signatureOf);
  const frequency = new Map<string, number>();
  // Indexed loops throughout: a short run is never optimised, and for-of allocates there.
  for (let i = 0; i < signatures.length; i += 1) {
    const content = signatures[i]!.content;
    for (let k = 0; k < content.length; k += 1) frequency.set(content[k]!, (frequency.get(content[k]!) ?? 0) + 1);
  }

  const clusters: Cluster[] = [];
  const shown: Signature[] = [];
  const byKey = new Map<string, number>();
  // Matches must agree on numbers and negations, so those partition the word index.
  const partitions = new Map<string, Map<string, number[]>>();
  const wordsOf = (s: Signature): Map<string, number[]> => {
    const part = `${s.numbers}|${s.negations}`;
    let words = partitions.get(part);
    if (!words) partitions.set(part, (words = new Map()));
    return words;
  };
  const index = (cluster: number, s: Signature, words: Map<string, number[]>): void => {
    if (!byKey.has(s.key)) byKey.set(s.key, cluster);
    for (let k = 0; k < s.content.length; k += 1) {
      const w = s.content[k]!;
      const list = words.get(w);
      if (!list) words.set(w, [cluster]);
      else if (list[list.length - 1] !== cluster) list.push(cluster);
    }
  };
  // Rarest first; equally rare words keep their order (the sort is stable).
  const rarestFirst = (content: readonly string[]): string[] =>
    sortSmall([...content], (a, b) => (frequency.get(a) ?? 0) < (frequency.get(b) ?? 0));

  for (let i = 0; i < signatures.length; i += 1) {
    const s = signatures[i]!;
    const indexed = wordsOf(s);
    let found = byKey.get(s.key);
    // A text alone in its numbers-and-negations partition so far has nothing to compare with.
    if (found === undefined && s.content.length > 0 && indexed.size > 0) {
      const seen = new Set<number>();
      const order = rarestFirst(s.content);
      search: for (let o = 0; o < order.length; o += 1) {
        const list = indexed.get(order[o]!);
        if (!list) continue;
        for (let k = list.length - 1; k >= 0; k -= 1) {
          const c = list[k]!;
          if (seen.has(c)) continue;
          seen.add(c);
          // The most recent match wins: a repeat usually follows its point closely.
          if (sameMeaning(s, shown[c]!)) {
            found = c;
            break search;
          }
          if (seen.size >= CANDIDATE_BUDGET) break search;
        }
      }
    }
    if (found === undefined) {
      clusters.push({ first: i, fullest: i, members: [i] });
      shown.push(s);
      index(clusters.length - 1, s, indexed);
      continue;
    }
    const cluster = clusters[found]!;
    cluster.members.push(i);
    if (fuller(s, shown[found]!)) {
      cluster.fullest = i;
      shown[found] = s;
    }
    index(found, s, indexed);
  }
  return clusters;
}

/** For every text that repeats an earlier one, the index of the first occurrence. */
export function findDuplicates(texts: readonly string[]): Array<{ index: number; of: number }> {
  const found: Array<{ index: number; of: number }> = [];
  for (const cluster of clusterTexts(texts)) {
    for (const member of cluster.members) if (member !== cluster.first) found.push({ index: member, of: cluster.first });
  }
  return found.sort((a, b) => a.index - b.index);
}
