import type { Theme } from '../config/rules-schema.js';
import { isSimple } from '../text/charset.js';
import { tokenize } from '../text/tokens.js';

export const DEFAULT_FALLBACK = 'Other points';

type Matcher =
  | { kind: 'acronym'; word: string }
  | { kind: 'stem'; stem: string }
  | { kind: 'phrase'; stems: string[] };

export interface ThemeMatcher {
  title: string;
  intro?: string;
  fallback: boolean;
  keywords: Matcher[];
}

/** Compiles a keyword: capitals match as a whole token, several words as a phrase, one word by stem. */
export function compileKeyword(keyword: string): Matcher | undefined {
  const tokens = tokenize(keyword);
  if (tokens.length === 0) return undefined;
  if (tokens.length > 1) return { kind: 'phrase', stems: tokens.map((t) => t.stem) };
  const only = tokens[0]!;
  if ((isSimple(only.raw) ? /[A-Z]/ : /\p{Lu}/u).test(only.raw) && only.raw === only.raw.toUpperCase() && only.raw.length >= 2) {
    return { kind: 'acronym', word: only.raw };
  }
  return { kind: 'stem', stem: only.stem };
}

/** Themes in file order, with a fallback theme added at the end when none is marked. */
export function compileThemes(themes: readonly Theme[]): ThemeMatcher[] {
  const compiled = themes.map((t) => ({
    title: t.title,
    ...(t.intro === undefined ? {} : { intro: t.intro }),
    fallback: t.fallback,
    keywords: t.keywords.map(compileKeyword).filter((m): m is Matcher => m !== undefined),
  }));
  if (!compiled.some((t) => t.fallback)) compiled.push({ title: DEFAULT_FALLBACK, fallback: true, keywords: [] });
  return compiled;
}

const hasPhrase = (stems: string[], phrase: string[]): boolean =>
  stems.some((_, at) => phrase.every((s, k) => stems[at + k] === s));

interface Words {
  stems: string[];
  stemSet: Set<string>;
  raw: Set<string>;
}

const wordsOf = (text: string): Words => {
  const tokens = tokenize(text);
  const stems = tokens.map((t) => t.stem);
  return { stems, stemSet: new Set(stems), raw: new Set(tokens.map((t) => t.raw)) };
};

const hits = (words: Words, theme: ThemeMatcher): number => {
  let n = 0;
  for (const k of theme.keywords) {
    if (k.kind === 'acronym' ? words.raw.has(k.word) : k.kind === 'stem' ? words.stemSet.has(k.stem) : hasPhrase(words.stems, k.stems)) n += 1;
  }
  return n;
};

/** How many distinct keywords of a theme a text hits. */
export const countHits = (text: string, theme: ThemeMatcher): number => hits(wordsOf(text), theme);

/** Keywords by what they match, so a point is looked up word by word, not keyword by keyword. */
interface KeywordIndex {
  /** The theme of each keyword, by keyword id. */
  themeOf: number[];
  byStem: Map<string, number[]>;
  byWord: Map<string, number[]>;
  /** Phrases by their first stem. */
  byFirst: Map<string, Array<{ id: number; stems: string[] }>>;
}

const indexes = new WeakMap<readonly ThemeMatcher[], KeywordIndex>();

function keywordIndex(themes: readonly ThemeMatcher[]): KeywordIndex {
  let index = indexes.get(themes);
  if (index) return index;
  index = { themeOf: [], byStem: new Map(), byWord: new Map(), byFirst: new Map() };
  const add = <T>(map: Map<string, T[]>, key: string, value: T): void => {
    const list = map.get(key);
    if (list) list.push(value);
    else map.set(key, [value]);
  };
  themes.forEach((theme, t) => {
    for (const k of theme.keywords) {
      const id = index!.themeOf.push(t) - 1;
      if (k.kind === 'acronym') add(index!.byWord, k.word, id);
      else if (k.kind === 'stem') add(index!.byStem, k.stem, id);
      else add(index!.byFirst, k.stems[0]!, { id, stems: k.stems });
    }
  });
  indexes.set(themes, index);
  return index;
}

/** The index of the theme a point belongs to: most distinct hits, ties to the first listed, else the fallback. */
export function chooseTheme(text: string, themes: readonly ThemeMatcher[]): number {
  const index = keywordIndex(themes);
  const tokens = tokenize(text);
  const counts = new Array<number>(themes.length).fill(0);
  // Each keyword counts once, however often the point says it.
  const hit = new Uint8Array(index.themeOf.length);
  const count = (id: number): void => {
    if (hit[id] === 0) {
      hit[id] = 1;
      counts[index.themeOf[id]!]! += 1;
    }
  };
  // Indexed loops: a short run is never optimised, and for-of allocates an iterator a step there.
  for (let at = 0; at < tokens.length; at += 1) {
    const { raw, stem } = tokens[at]!;
    const byStem = index.byStem.get(stem);
    if (byStem) for (let k = 0; k < byStem.length; k += 1) count(byStem[k]!);
    const byWord = index.byWord.get(raw);
    if (byWord) for (let k = 0; k < byWord.length; k += 1) count(byWord[k]!);
    const phrases = index.byFirst.get(stem);
    if (phrases) {
      for (let k = 0; k < phrases.length; k += 1) {
        const phrase = phrases[k]!;
        if (phrase.stems.every((s, n) => tokens[at + n]?.stem === s)) count(phrase.id);
      }
    }
  }
  let best = -1;
  let bestHits = 0;
  counts.forEach((n, i) => {
    if (n > bestHits) {
      best = i;
      bestHits = n;
    }
  });
  return best >= 0 ? best : themes.findIndex((t) => t.fallback);
}
