/** A line that starts a block of its own: a heading, list item, quote, table row or code fence. */
const BLOCK_START = /^\s*([-*+>|#]|\d+[.)]\s|```)/;
/** A line that nothing may be joined to. */
const STANDS_ALONE = /^\s*(#|\||```)/;

/**
 * Joins the hard-wrapped lines of each paragraph and list item of a Markdown text, so that shown as plain text in a
 * narrower box it wraps once instead of leaving a short line every 120 characters. Code blocks stay as they are.
 */
export const reflowMarkdown = (markdown: string) => {
  const lines: string[] = [];
  let inCode = false;
  for (const line of markdown.split('\n')) {
    const previous = lines[lines.length - 1];
    const joins = !inCode && previous?.trim() && line.trim() && !BLOCK_START.test(line) && !STANDS_ALONE.test(previous);
    if (joins) lines[lines.length - 1] = `${previous} ${line.trim()}`;
    else lines.push(line);
    if (line.trimStart().startsWith('```')) inCode = !inCode;
  }
  return lines.join('\n');
};
