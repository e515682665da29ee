/**
 * The rule for a token's name and description, shared by the server (API and configuration) and the admin form.
 * They reach email subjects, logs and the admin, so they hold no control character:
 * - C0 and C1 controls (Unicode category Cc): CR and LF end a mail header (a name "ci\r\nBcc: x@y" adds a recipient
 *   with a mailer that does not fold them), TAB, NUL, ESC and the rest have no place in a label;
 * - U+2028 and U+2029, line and paragraph separators to some mail clients and to JavaScript;
 * - the bidirectional embeddings, overrides and isolates (U+202A-U+202E, U+2066-U+2069), which reorder what follows:
 *   a name shown as another one ("Trojan Source", CVE-2021-42574). Right-to-left text needs none of them.
 * A description may break lines (LF, as a textarea sends them); a name is one line. Pure: no Strapi, no DOM.
 */
const REFUSED = /[\p{Cc}\u2028\u2029\u202A-\u202E\u2066-\u2069]/gu;

export type TextKind = 'line' | 'lines';

/** The first character `text` may not hold, as `U+000D`; null when it holds none. */
export const refusedCharacter = (text: string, kind: TextKind): string | null => {
  for (const [character] of text.matchAll(REFUSED)) {
    if (kind === 'lines' && character === '\n') continue;
    return `U+${(character.codePointAt(0) as number).toString(16).toUpperCase().padStart(4, '0')}`;
  }
  return null;
};

/** `text` with each refused character replaced by a space: for text stored before the rule, on its way to a mail. */
export const withoutRefusedCharacters = (text: string): string => text.replace(REFUSED, ' ');
