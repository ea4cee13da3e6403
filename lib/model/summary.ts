/**
 * A page's description from its text, for search results and link previews when no standfirst was
 * written (an imported release often has none): the first sentences that fit, else the text cut
 * at a word (or, in Chinese, anywhere) with an ellipsis. About what search engines show.
 */
export const SUMMARY_LIMIT = 160;

const sentenceEnd = /[。！？!?.](?:["'”’）)]*)(?=\s|$)|[。！？]/gu;

export function summaryOf(text: string, limit = SUMMARY_LIMIT): string {
  const clean = text.replace(/\s+/gu, ' ').trim();
  if ([...clean].length <= limit) return clean;
  const head = [...clean].slice(0, limit).join('');
  let end = 0;
  for (const m of head.matchAll(sentenceEnd)) end = m.index + m[0].length;
  if (end >= limit / 3) return head.slice(0, end).trim();
  const space = head.lastIndexOf(' ');
  const cut = space >= limit / 2 ? head.slice(0, space) : [...head].slice(0, limit - 1).join('');
  return `${cut.replace(/[\s,，、;；:：]+$/u, '')}…`;
}
