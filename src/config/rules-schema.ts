import { z } from 'zod';

/** One theme: a heading in the overview and the keywords that sort points under it. */
export const themeSchema = z.strictObject({
  /** Heading of the section. */
  title: z.string().trim().min(1, { error: 'expected a title with some text' }),
  /** Optional line above the bullets, e.g. "Participants discussed:". */
  intro: z.string().optional(),
  /** Stems ("recruit"), phrases ("Insight Days") or case-sensitive acronyms ("AI"). Default: none. */
  keywords: z.array(z.string().trim().min(1, { error: 'expected a keyword with some text' })).default([]),
  /** Unmatched points go here; at most one theme may say so. Default: false. */
  fallback: z.boolean().default(false),
});

/** The rules file given with `--rules` (YAML or JSON). */
export const rulesSchema = z
  .strictObject({
    themes: z.array(themeSchema).min(1, { error: 'expected at least one theme' }),
    /** Extra noise phrases, added to the bundled ones. Default: none. */
    noise: z.array(z.string().trim().min(1, { error: 'expected a phrase with some text' })).default([]),
  })
  .superRefine((rules, ctx) => {
    const fallbacks = rules.themes.flatMap((t, i) => (t.fallback ? [i] : []));
    if (fallbacks.length > 1) {
      ctx.addIssue({ code: 'custom', path: ['themes', fallbacks[1]!, 'fallback'], message: 'at most one theme can be the fallback' });
    }
  });

export type Rules = z.infer<typeof rulesSchema>;
export type Theme = z.infer<typeof themeSchema>;
