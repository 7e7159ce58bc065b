import { z } from 'zod';

const phrases = z.array(z.string().min(1)).default([]);

/** templates/noise.yaml: the bundled noise phrases by category. */
export const noiseSchema = z.strictObject({
  greeting: phrases,
  thanks: phrases,
  farewell: phrases,
  agreement: phrases,
  filler: phrases,
  av: phrases,
  presence: phrases,
  leaving: phrases,
});
