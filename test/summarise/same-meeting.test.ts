import { describe, expect, it } from 'vitest';
import { summariseFixture } from '../support/run-summarise.js';

// One short meeting written out as a Zoom Z3 save, a Teams new-layout paste and a
// WhatsApp Android export: the platform must not change what the overview says.
const dir = 'fixtures/same-meeting';
const files = { zoom: `${dir}/zoom.txt`, teams: `${dir}/teams-paste.txt`, whatsapp: `${dir}/whatsapp.txt` };
const outline = (file: string) =>
  summariseFixture(file, `${dir}/rules.yaml`).overview.sections.map((s) => ({ title: s.title, points: s.points.map((p) => p.text) }));

describe('the same meeting in three formats', () => {
  const zoom = outline(files.zoom);

  it('is read by three different parsers', () => {
    const formats = Object.values(files).map((f) => summariseFixture(f, `${dir}/rules.yaml`).overview.format);
    expect(formats).toEqual(['zoom', 'teams-paste', 'whatsapp']);
  });

  it('gives real sections with merged repeats and no noise', () => {
    expect(zoom.map((s) => s.title)).toEqual(['Supervision & Workshops', 'Recruitment', 'Training', 'Other Points']);
    const all = zoom.flatMap((s) => s.points).join('\n');
    expect(all.match(/still recruiting two volunteers/g)).toHaveLength(1);
    expect(all).not.toMatch(/^(?:\+1|thanks|lol|Bye!)$/im);
  });

  it.each([['teams', files.teams], ['whatsapp', files.whatsapp]])('gives %s the same sections and points as Zoom', (_name, file) => {
    expect(outline(file)).toEqual(zoom);
  });
});
