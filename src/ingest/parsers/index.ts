/**
 * Every parser, in detection order. Order is behaviour: scores are sorted stably,
 * so on equal scores the earlier parser wins the listing in the "cannot tell"
 * message; the most specific grammars (Zoom) come before the looser ones.
 *
 * A Teams paste has two ids: `teams-paste` (new client, "Name / date time / blank
 * / text") and `teams-classic` ("[10:02] Name" blocks). Their record grammars share
 * nothing but the keyword tables, so two small parsers read better than one with modes.
 */
import type { Parser } from '../../types.js';
import { csv } from './csv.js';
import { discordCsv } from './discord-csv.js';
import { discordJson } from './discord-json.js';
import { jsonl } from './jsonl.js';
import { sbv } from './sbv.js';
import { slack } from './slack.js';
import { teamsClassic } from './teams-classic.js';
import { teamsDocx } from './teams-docx.js';
import { teamsGraph } from './teams-graph.js';
import { teamsPaste } from './teams-paste.js';
import { telegram } from './telegram.js';
import { webex } from './webex.js';
import { webvtt } from './webvtt.js';
import { whatsapp } from './whatsapp.js';
import { zoom } from './zoom.js';
import { zoomCloud } from './zoom-cloud.js';

export const parsers: readonly Parser[] = [
  zoom, zoomCloud, webvtt, sbv, whatsapp, teamsPaste, teamsClassic, teamsDocx,
  teamsGraph, telegram, discordJson, webex, jsonl, discordCsv, csv, slack,
];
