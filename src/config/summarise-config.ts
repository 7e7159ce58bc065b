/** The `summarise` key of `chatnotes.config.*`: options batch applies to every export in INPUT. */
import { z } from 'zod';

const text = z.string().min(1, { error: 'expected some text' });

/** The `summarise` options a config may set; paths are relative to the config file. */
export const summariseConfigSchema = z.strictObject({
  /** Rules file (YAML or JSON) inside INPUT. Default: the bundled rules. */
  rules: text.optional(),
  /** Mustache template inside INPUT. Default: the bundled overview template. */
  template: text.optional(),
  /** IANA time zone. Default: Europe/London. */
  tz: text.optional(),
  /** Keep direct messages. Default: false. */
  includeDirect: z.boolean().optional(),
  /** Name the author of each point. Default: false. */
  attribute: z.boolean().optional(),
  /** Keep e-mail addresses and phone numbers. Default: false. */
  keepContacts: z.boolean().optional(),
  /** A set of sections per channel of a Slack export. Default: false (merged). */
  byChannel: z.boolean().optional(),
  /** Parser id for every export, skipping detection. Default: detect each. */
  format: text.optional(),
  /** Platform shown in every header. Default: from the format. */
  platform: text.optional(),
});
