// Seeded generators of chat exports and overviews for the benchmarks.
// Deterministic: the same seed gives the same bytes on every machine.

/** mulberry32: a tiny seeded PRNG. */
export function prng(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const FIRST = ['Robin', 'Sam', 'Priya', 'Jordan', 'Casey', 'Alex', 'Morgan', 'Fatima', 'Dev', 'Chloe', 'Ewan', 'Siobhan', 'Tom', 'Hannah', 'Marcus', 'Lan', 'Ade', 'Tobi'];
const LAST = ['Hart', 'Okafor', 'Nair', 'Lee', 'Quinn', "O'Neil", 'Rahman', 'Patel', 'Davies', 'MacLeod', 'Kelly', 'Baxter', 'Whitfield', 'Green'];
const SUBJECTS = ['peer support workers', 'ward managers', 'our trust', 'clinical teams', 'the recruitment panel', 'supervisors', 'the board', 'new starters', 'volunteers', 'HR', 'the training team', 'community teams'];
const VERBS = ['need', 'value', 'struggle with', 'are piloting', 'have asked for', 'would benefit from', 'rely on', 'are reviewing', 'keep asking about', 'want more'];
const OBJECTS = ['insight days', 'team charters', 'reflective supervision', 'lived experience statements', 'closed recruitment links', 'band 4 roles', 'debriefs after restraint', 'peer-led referrals', 'qualitative evaluation', 'induction packs', 'bite-sized sessions', 'leadership frameworks', 'the Futures platform', 'digital peer support'];
const TAILS = ['this year', 'across every ward', 'before the next audit', 'since the merger', 'in the community', 'for new PSWs', 'with HR support', 'on nights', 'after the pilot', 'in Leeds', 'in Bristol', 'for the forensic service'];
const NOISE = ['Good morning all', 'Hi everyone 👋', 'Thanks Robin', '+1', '👍', 'can you hear me?', "you're on mute", 'Have to drop off now, thanks all', 'Love that', 'Agree!'];

const pick = (r, list) => list[Math.floor(r() * list.length)];

/** Plain message texts: about 65% new points, 20% repeats or near repeats, 15% noise. */
export function messageTexts(count, seed = 1) {
  const r = prng(seed);
  const points = [];
  const texts = [];
  for (let i = 0; i < count; i += 1) {
    const roll = r();
    if (roll < 0.15) texts.push(pick(r, NOISE));
    else if (roll < 0.35 && points.length > 0) {
      const p = points[Math.floor(r() * points.length)];
      const variant = Math.floor(r() * 4);
      texts.push(variant === 0 ? p.toLowerCase() : variant === 1 ? `+1 ${p}` : variant === 2 ? `Agree - ${p.replace(/\.$/, '')} 👍` : `${p}!!`);
    } else {
      const n = Math.floor(r() * 1000);
      const p = `${pick(r, SUBJECTS)} ${pick(r, VERBS)} ${pick(r, OBJECTS)} ${pick(r, TAILS)} (${n}).`;
      const text = p.charAt(0).toUpperCase() + p.slice(1);
      points.push(text);
      texts.push(r() < 0.05 ? `${text} See https://example.org/r/${n}` : text);
    }
  }
  return texts;
}

const authors = (r, n) => Array.from({ length: n }, () => `${pick(r, FIRST)} ${pick(r, LAST)}`);
const clock = (seconds) => [Math.floor(seconds / 3600) % 24, Math.floor(seconds / 60) % 60, seconds % 60].map((x) => String(x).padStart(2, '0')).join(':');

/** A Zoom `meeting_saved_chat.txt` (Z3 layout). */
export function zoomExport(count, seed = 1) {
  const r = prng(seed + 1);
  const people = authors(r, 24);
  let t = 14 * 3600;
  return messageTexts(count, seed)
    .map((text) => {
      t += 1 + Math.floor(r() * 6);
      return `${clock(t)} From ${pick(r, people)} to Everyone:\n\t${text}\n`;
    })
    .join('');
}

/** A Teams meeting chat pasted from the chat pane (new layout). */
export function teamsExport(count, seed = 1) {
  const r = prng(seed + 2);
  const people = authors(r, 24);
  let t = 10 * 3600;
  return messageTexts(count, seed)
    .map((text) => {
      t += 1 + Math.floor(r() * 6);
      return `${pick(r, people)}\n23/10/2025 ${clock(t).slice(0, 5)}\n\n${text}\n`;
    })
    .join('');
}

/** A hand-made-looking overview with headings, bullets, repeats and a dates block. */
export function overview(seed = 1) {
  const r = prng(seed + 3);
  const texts = messageTexts(60, seed).filter((t) => !NOISE.includes(t));
  const sections = ['Recruitment & Interview Practices', 'Team Preparation & Integration', 'Peer Support Worker Roles & Banding', 'General Reflections'];
  let out = '## Peer Support Space: Meeting Chat Overview\n\nThursday 23 October 2025, 10:00 – 12:00 | MS Teams\n\n---\n';
  let k = 0;
  for (const s of sections) {
    out += `\n### ${s}\n\n`;
    const n = 8 + Math.floor(r() * 8);
    for (let i = 0; i < n && k < texts.length; i += 1, k += 1) out += `- ${texts[k]}\n`;
  }
  out += '\n### Future sessions\n\n- Friday 26 June 2026, 2pm – 4pm\n- Friday 18 September 2026, 2pm – 4pm\n';
  return out;
}
