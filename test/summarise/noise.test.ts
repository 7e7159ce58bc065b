import { describe, expect, it } from 'vitest';
import { defaultNoise } from '../../src/config/defaults.js';
import { buildLexicon, noiseReason } from '../../src/summarise/noise.js';

const lexicon = buildLexicon(defaultNoise(), ['see you all next time']);
const names = new Set(['robin', 'hart', 'sam', 'okafor']);
const reason = (text: string) => noiseReason(text, lexicon, names);

describe('noiseReason', () => {
  it.each([
    ['Good morning all', 'greeting'],
    ['Hi everyone 👋', 'greeting'],
    ['Morning from Leeds', 'greeting'],
    ['Thanks Robin', 'thanks'],
    ['thank you so much, really useful session!', 'thanks'],
    ['+1', 'plus-one'],
    ['+1 !!', 'plus-one'],
    ['👍', 'emoji-only'],
    ['😊😊', 'emoji-only'],
    ['   ', 'empty'],
    ['can you hear me?', 'av-chatter'],
    ["you're on mute Sam", 'av-chatter'],
    ["sorry my camera isn't working", 'av-chatter'],
    ['Have to drop off now, thanks all', 'leaving'],
    ['Sorry need to leave early', 'leaving'],
    ['Bye all, take care', 'farewell'],
    ['Agree!', 'agreement'],
    ['See you all next time!', 'custom'],
  ])('drops %j as %s', (text, why) => {
    expect(reason(text)).toBe(why);
  });

  it.each([
    'This group is a lifeline - thank you all!',
    'Thanks - can you share the slides from the recruitment session?',
    'Hi all, quick question: does anyone use TRAC for peer roles?',
    'Agree - team prep should be ongoing due to staff turnover',
    'Thanks! Resources are here https://example.org/peer',
    'https://example.org/peer-resources',
    'Our audio-visual team recorded a whole training package on restrictive practice and its impact on peer workers and patients',
  ])('keeps the point %j', (text) => {
    expect(reason(text)).toBeUndefined();
  });
});

describe('noiseReason on introductions and presence', () => {
  it.each([
    ['Hi all, first time joining 😊', 'greeting'],
    ['Hello, Tobi here, peer trainer in Sheffield', 'greeting'],
    ['Thank you everyone for such rich reflections today', 'thanks'],
    ['Sorry all, back now!', 'presence'],
    ['Back 😊', 'greeting'],
    ['Have to pop off for 10 mins for a ward round, back soon', 'presence'],
    ['Love that', 'agreement'],
    ['Great idea Robin, noted', 'agreement'],
  ])('drops %j as %s', (text, why) => {
    expect(reason(text)).toBe(why);
  });

  it.each([
    'Board support is holding us back on banding',
    'Hi all, quick question - does anyone use TRAC for peer roles?',
    'Good morning all, our trust has just approved a peer supervision framework for every ward and team',
  ])('keeps %j', (text) => {
    expect(reason(text)).toBeUndefined();
  });
});
