import type { Locale } from '../model/locales';
import { catLanguage, localeOfTag } from './xliff';
import { childrenOf, find, nameOf, parseXml, type XmlNode } from './xml';

/**
 * Translation memory exchange (TMX 1.4b, the format every CAT tool and agency reads and writes):
 * the memory of one language pair written out, and an agency's file read back into units. Text
 * only (TMX level 1): marks are not carried; inline codes in a file read are dropped, their text
 * kept. Pure.
 */

export type TmxUnit = {
  source: string;
  target: string;
  /** when the pair was last confirmed */
  changed: Date;
  approved: boolean;
  origin: string;
};

const escape = (text: string) =>
  text.replace(/&/gu, '&amp;').replace(/</gu, '&lt;').replace(/>/gu, '&gt;').replace(/"/gu, '&quot;');
/** TMX dates: YYYYMMDDThhmmssZ */
const tmxDate = (d: Date) =>
  d
    .toISOString()
    .replace(/[-:]/gu, '')
    .replace(/\.\d{3}/u, '');

export function writeTmx(pair: { from: Locale; to: Locale; units: readonly TmxUnit[]; now?: Date }): string {
  const src = catLanguage[pair.from];
  const trg = catLanguage[pair.to];
  const body = pair.units
    .map(
      (u) => `    <tu changedate="${tmxDate(u.changed)}">
      <prop type="x-origin">${escape(u.origin)}</prop>
      <prop type="x-approved">${u.approved ? 'yes' : 'no'}</prop>
      <tuv xml:lang="${src}"><seg>${escape(u.source)}</seg></tuv>
      <tuv xml:lang="${trg}"><seg>${escape(u.target)}</seg></tuv>
    </tu>`,
    )
    .join('\n');
  return `<?xml version="1.0" encoding="UTF-8"?>
<tmx version="1.4">
  <header creationtool="Trilingual event-news portal" creationtoolversion="1" segtype="paragraph" o-tmf="portal" adminlang="en" srclang="${src}" datatype="plaintext" creationdate="${tmxDate(pair.now ?? new Date())}"/>
  <body>
${body}
  </body>
</tmx>
`;
}

export type TmxProblem = { kind: 'notXml' | 'notTmx' | 'noPairs' };
/** A translation unit read: its text in each of our languages it has. */
export type ReadTu = { texts: Partial<Record<Locale, string>>; changed: Date | null };

type Node = XmlNode;
/** A segment's text: inline codes' native content (bpt, ept, ph, it) left out, sub-flows kept. */
const segText = (nodes: Node[]): string =>
  nodes
    .map((n) => {
      const name = nameOf(n);
      if (name === '#text') return String(n['#text']);
      if (name === 'bpt' || name === 'ept' || name === 'ph' || name === 'it') return '';
      return segText(childrenOf(n));
    })
    .join('');
const parseDate = (value: string | undefined) => {
  const m = /^(\d{4})(\d{2})(\d{2})T(\d{2})(\d{2})(\d{2})Z$/u.exec(value ?? '');
  return m ? new Date(Date.UTC(+m[1]!, +m[2]! - 1, +m[3]!, +m[4]!, +m[5]!, +m[6]!)) : null;
};

/** Reads a TMX file (1.4b, or 1.1 with `lang`): each unit's text in each of our languages. */
export function readTmx(xml: string): { ok: true; units: ReadTu[] } | { ok: false; problem: TmxProblem } {
  const doc = parseXml(xml);
  if (!doc) return { ok: false, problem: { kind: 'notXml' } };
  const root = find(doc, 'tmx')[0];
  const body = root && find(childrenOf(root), 'body')[0];
  if (!body) return { ok: false, problem: { kind: 'notTmx' } };
  const units: ReadTu[] = [];
  for (const tu of find(childrenOf(body), 'tu')) {
    const texts: ReadTu['texts'] = {};
    for (const tuv of find(childrenOf(tu), 'tuv')) {
      const a = tuv[':@'] ?? {};
      const locale = localeOfTag(a['xml:lang'] ?? a.lang ?? '');
      const seg = find(childrenOf(tuv), 'seg')[0];
      const text = seg ? segText(childrenOf(seg)).replace(/\s+/gu, ' ').trim() : '';
      if (locale && text && !texts[locale]) texts[locale] = text;
    }
    if (Object.keys(texts).length >= 2)
      units.push({ texts, changed: parseDate(tu[':@']?.changedate ?? tu[':@']?.creationdate) });
  }
  if (units.length === 0) return { ok: false, problem: { kind: 'noPairs' } };
  return { ok: true, units };
}
