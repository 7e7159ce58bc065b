import type { CommandSpec } from '../context.js';

export const formatsSpec: CommandSpec = {
  name: 'formats',
  summary: 'list the export formats summarise can read, with the id that --format takes',
  args: [],
  options: [{ flags: '--json', description: 'print the formats as a JSON array of {id, platform, description}' }],
  examples: ['chatnotes formats', 'chatnotes formats --json'],
  load: () => import('../formats.js'),
};
