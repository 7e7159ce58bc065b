/**
 * Every parser, in detection order. Order is behaviour: on equal scores the
 * earlier parser is listed first in the "cannot tell" message, and the most
 * specific formats (Zoom's fixed header grammar) come before the looser ones.
 */
import type { Parser } from '../../types.js';
import { csv } from './csv.js';
import { jsonl } from './jsonl.js';
import { teamsClassic } from './teams-classic.js';
import { teamsPaste } from './teams-paste.js';
import { zoom } from './zoom.js';
import { zoomCloud } from './zoom-cloud.js';

export const parsers: readonly Parser[] = [zoom, zoomCloud, teamsPaste, teamsClassic, jsonl, csv];
