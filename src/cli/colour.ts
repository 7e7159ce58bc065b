/** Minimal ANSI styling, applied only at the edge and only when colour is on. */
const codes = { red: [31, 39], yellow: [33, 39], dim: [2, 22], bold: [1, 22], green: [32, 39] } as const;

export type Style = keyof typeof codes;

export const paint = (on: boolean, style: Style, text: string): string =>
  on ? `\u001B[${codes[style][0]}m${text}\u001B[${codes[style][1]}m` : text;

export const wantsColour = (stream: { isTTY?: boolean }, env: Record<string, string | undefined>): boolean =>
  Boolean(stream.isTTY) && env.NO_COLOR === undefined && env.TERM !== 'dumb';
