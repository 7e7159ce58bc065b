/**
 * WhatsApp system, media and deletion texts, as data (English UI; add a locale
 * by adding rows). Sources and confidence: FORMATS.md 6.2. An actor is matched
 * as `[^:]+?` so that an authored Android line (`Sam: I added a slide`) never
 * reads as the system line `Sam added …`.
 */

/** System texts whatever the author: no person writes these words by chance. */
export const whatsappSystem: RegExp[] = [
  /^Messages and calls are end-to-end encrypted\b/i,
  /^Messages (?:you send )?to this (?:group|chat) are now secured with end-to-end encryption\b/i,
  /^[^:]+? created (?:group "|this group)/i,
  /^[^:]+? changed (?:the subject|this group's (?:icon|settings)|the group (?:name|description)|their phone number)\b/i,
  /^[^:]+? deleted this group's icon$/i,
  /^[^:]+? joined using this group's invite link$/i,
  /^[^:]+? joined from the community$/i,
  /^[^:]+? added you to a group in the community\b/i,
  /^You(?: were added| joined|'re now an admin| are no longer an admin)\b/i,
  /^[^:]+? (?:started|ended) a (?:video|voice) call$/i,
  /^Missed (?:voice|video) call$/i,
  /^Disappearing messages were turned (?:on|off)\b/i,
];

/** `X added Y`, `X left`: system when the actor is the line's author, `You`, or the line is marked (iOS LRM). */
export const whatsappAction = /^([^:]+?) (?:added|removed|left|joined|was removed)(?: [^:]+)?\.?$/i;

/** A body that is only a placeholder (media, deleted); a media caption, if any, follows on the next lines. */
export const whatsappPlaceholder: RegExp[] = [
  /^<Media omitted>$/i,
  /^(?:image|video|audio|sticker|GIF|document|Contact card|media) omitted$/i,
  /^.+ document omitted$/i,
  /^<attached: [^>]+>$/i,
  /^\S.* <attached>$/i,
  /^\S+\.\w{2,5} \(file attached\)$/i,
  /^This message was deleted\.?$/i,
  /^You deleted this message\.?$/i,
  /^(?:Waiting for this message|null)$/i,
];

/** The 2023+ edit marker at the end of a body. */
export const whatsappEdited = /\s*<This message was edited>$/;

/** The chat name in the file or zip name WhatsApp gives an export. */
export const whatsappFileName = /^WhatsApp Chat (?:-|with) (.+?)(?:\.(?:txt|zip))?$/i;

/** The group's name as system lines give it, for iOS lines that carry the group as author. */
export const whatsappGroupName = [/ created group "(.+)"$/i, / changed the subject (?:from ".*" )?to "(.+)"$/i, / changed the group name (?:from ".*" )?to "(.+)"$/i];
