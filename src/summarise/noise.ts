import { findUrls, lowerWords, tokenize } from '../text/tokens.js';

/** The bundled noise data (templates/noise.yaml), plus a rules file's extra phrases. */
export interface NoiseData {
  greeting: string[];
  thanks: string[];
  farewell: string[];
  agreement: string[];
  filler: string[];
  av: string[];
  presence: string[];
  leaving: string[];
}

type Category = 'greeting' | 'thanks' | 'farewell' | 'agreement' | 'custom';

interface Phrase {
  words: string[];
  category: Category;
}

/** Phrases by their first word, so a message is scanned once, not once per phrase. */
type PhraseIndex = Map<string, string[][]>;

export interface NoiseLexicon {
  /** Phrases by their first word, longest first. */
  phrases: Map<string, Phrase[]>;
  filler: Set<string>;
  av: PhraseIndex;
  presence: PhraseIndex;
  leaving: PhraseIndex;
}

const indexPhrases = (list: readonly string[]): PhraseIndex => {
  const index: PhraseIndex = new Map();
  for (const phrase of list.map(words)) if (phrase[0]) index.set(phrase[0], [...(index.get(phrase[0]) ?? []), phrase]);
  return index;
};

const words = (phrase: string): string[] => lowerWords(phrase);

// A batch summarises many exports with the same lists: each pair is prepared once.
const lexicons = new WeakMap<NoiseData, Map<string, NoiseLexicon>>();

/** Prepares the phrase lists once per run; longest phrases first so they win. */
export function buildLexicon(data: NoiseData, extra: readonly string[] = []): NoiseLexicon {
  let byExtra = lexicons.get(data);
  if (!byExtra) lexicons.set(data, (byExtra = new Map()));
  const key = extra.join('\n');
  let lexicon = byExtra.get(key);
  if (!lexicon) byExtra.set(key, (lexicon = compileLexicon(data, extra)));
  return lexicon;
}

function compileLexicon(data: NoiseData, extra: readonly string[]): NoiseLexicon {
  const all: Phrase[] = [];
  for (const category of ['greeting', 'thanks', 'farewell', 'agreement'] as const) {
    for (const p of data[category]) all.push({ words: words(p), category });
  }
  for (const p of extra) all.push({ words: words(p), category: 'custom' });
  all.sort((a, b) => b.words.length - a.words.length);
  const phrases = new Map<string, Phrase[]>();
  for (const p of all) if (p.words[0]) phrases.set(p.words[0], [...(phrases.get(p.words[0]) ?? []), p]);
  return { phrases, filler: new Set(data.filler.map((w) => w.toLowerCase())), av: indexPhrases(data.av), presence: indexPhrases(data.presence), leaving: indexPhrases(data.leaving) };
}

function startsAt(tokens: string[], at: number, phrase: string[]): boolean {
  if (phrase.length === 0) return false;
  for (let k = 0; k < phrase.length; k += 1) if (tokens[at + k] !== phrase[k]) return false;
  return true;
}

function contains(tokens: string[], index: PhraseIndex): boolean {
  for (let at = 0; at < tokens.length; at += 1) {
    const phrases = index.get(tokens[at]!);
    if (phrases) for (let k = 0; k < phrases.length; k += 1) if (startsAt(tokens, at, phrases[k]!)) return true;
  }
  return false;
}

// Audio chatter and leaving notes longer than this are taken to carry a point too.
const SHORT = 16;
const OPENER_LEFT = 4;
const OPENER_WORDS = 14;

/**
 * Why a message is noise (greeting, thanks, "+1", emoji only, audio chatter,
 * leaving note, a rules-file phrase), or undefined when it makes a point.
 */
export function noiseReason(text: string, lexicon: NoiseLexicon, names: ReadonlySet<string>): string | undefined {
  if (text.trim() === '') return 'empty';
  // A shared link is always worth keeping, whatever else the message says.
  if (findUrls(text).length > 0) return undefined;
  if (/^[\s+\d!.]*$/.test(text) && /^\s*\+\d/.test(text)) return 'plus-one';
  // Through the memo: a kept message is usually its own point, tokenized again to merge and theme it.
  const tokens = tokenize(text).map((t) => t.lower);
  if (tokens.length === 0) return 'emoji-only';
  if (tokens.length <= SHORT && contains(tokens, lexicon.av)) return 'av-chatter';
  if (tokens.length <= SHORT && contains(tokens, lexicon.leaving)) return 'leaving';
  if (tokens.length <= SHORT && contains(tokens, lexicon.presence)) return 'presence';

  // Plain loops and no array until a phrase is found: most messages have none.
  let covered: boolean[] | undefined;
  let reason: Category | undefined;
  for (let at = 0; at < tokens.length; at += 1) {
    const candidates = lexicon.phrases.get(tokens[at]!);
    if (!candidates) continue;
    let hit: Phrase | undefined;
    for (let k = 0; k < candidates.length && !hit; k += 1) if (startsAt(tokens, at, candidates[k]!.words)) hit = candidates[k];
    if (!hit) continue;
    reason ??= hit.category;
    (covered ??= new Array<boolean>(tokens.length).fill(false)).fill(true, at, at + hit.words.length);
    at += hit.words.length - 1;
  }
  if (reason === undefined || covered === undefined) return undefined;
  const left = tokens.filter((w, i) => !covered[i] && !lexicon.filler.has(w) && !names.has(w));
  if (left.length <= 1) return reason;
  // "Hi all, first time joining from Leeds": a short message that opens with a
  // greeting or thanks is an introduction, unless it asks something.
  const opener = covered[0] && (reason === 'greeting' || reason === 'thanks');
  return opener && left.length <= OPENER_LEFT && tokens.length <= OPENER_WORDS && !text.includes('?') ? reason : undefined;
}
