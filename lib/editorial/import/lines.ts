/**
 * A release's lines. Page breaks, vertical tabs and the Unicode line and paragraph separators are
 * line breaks (text copied from a PDF or a word processor has them). The parser numbers lines this
 * way, and so does the import form when it quotes a line back to the editor.
 */
export const releaseLines = (input: string): string[] =>
  input.replace(/\r\n?|[\f\v\u0085\u2028\u2029]/g, '\n').split('\n');
