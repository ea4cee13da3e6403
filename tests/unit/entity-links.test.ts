import { describe, expect, it } from 'vitest';
import { linkEntities, textOf, type EntityNames, type TextRun } from '@/lib/model/entity-links';

const city = (id: string, ...names: string[]): EntityNames => ({ kind: 'city', id, names });
const person = (id: string, ...names: string[]): EntityNames => ({ kind: 'person', id, names });
const agreement = (id: string, ...names: string[]): EntityNames => ({ kind: 'agreement', id, names });

/** Links plain paragraphs and shows each run as `[text→kind:id]` or plain text, for readable cases. */
function link(paragraphs: string[], entities: EntityNames[]): string[] {
  return linkEntities(
    paragraphs.map((text) => [{ text }]),
    entities,
  ).map((runs) =>
    runs.map((r) => (r.entity ? `[${r.text}→${r.entity.kind}:${r.entity.id}]` : r.text)).join(''),
  );
}

describe('entity links', () => {
  it('links the first mention of each entity only, across paragraphs', () => {
    expect(
      link(
        ['Hou Gang spoke in Nanning.', 'Nanning hosted; Hou Gang closed.'],
        [person('hou-gang', 'Hou Gang'), city('nanning', 'Nanning')],
      ),
    ).toEqual([
      '[Hou Gang→person:hou-gang] spoke in [Nanning→city:nanning].',
      'Nanning hosted; Hou Gang closed.',
    ]);
  });

  it('prefers the longest of overlapping names and never links a name inside another', () => {
    const entities = [city('nanning', 'Nanning'), agreement('initiative', 'Nanning Initiative')];
    expect(link(['The Nanning Initiative was released in Nanning.'], entities)).toEqual([
      'The [Nanning Initiative→agreement:initiative] was released in [Nanning→city:nanning].',
    ]);
    // a later, already-linked initiative still consumes its "Nanning"
    expect(
      link(['The Nanning Initiative…', 'Again the Nanning Initiative; then Nanning.'], entities),
    ).toEqual([
      'The [Nanning Initiative→agreement:initiative]…',
      'Again the Nanning Initiative; then [Nanning→city:nanning].',
    ]);
  });

  it('matches a spelling variant as the same entity', () => {
    const entities = [person('siphandone', 'Athsaphangthong Siphandone', 'Atsaphangthong Siphandone')];
    expect(link(['Atsaphangthong Siphandone, then Athsaphangthong Siphandone.'], entities)).toEqual([
      '[Atsaphangthong Siphandone→person:siphandone], then Athsaphangthong Siphandone.',
    ]);
  });

  it('does not find Vietnamese names inside longer words, diacritics included', () => {
    const entities = [city('ha', 'Hà'), city('vinh', 'Vinh'), city('lang-son', 'Lạng Sơn')];
    expect(link(['Hàn Quốc và Vinhomes ở Lạng Sơnđ; rồi Vinh, Hà và Lạng Sơn.'], entities)).toEqual([
      'Hàn Quốc và Vinhomes ở Lạng Sơnđ; rồi [Vinh→city:vinh], [Hà→city:ha] và [Lạng Sơn→city:lang-son].',
    ]);
  });

  it('treats a following combining mark as part of the word (decomposed input)', () => {
    // "Cái" written as C + a + combining acute + i must not yield a match for the name "Ca"
    const decomposed = 'Móng Cái'.normalize('NFD');
    expect(link([`${decomposed} và Ca`], [city('ca', 'Ca')])).toEqual(['Móng Cái và [Ca→city:ca]']);
    // …and decomposed text still matches a composed name
    expect(link([decomposed], [city('mong-cai', 'Móng Cái')])).toEqual(['[Móng Cái→city:mong-cai]']);
  });

  it('keeps Vietnamese multi-word names whole and prefers them over contained names', () => {
    const entities = [city('nanning', 'Nam Ninh'), agreement('initiative', 'Sáng kiến Nam Ninh')];
    expect(link(['Thị trưởng Nam Ninh công bố Sáng kiến Nam Ninh.'], entities)).toEqual([
      'Thị trưởng [Nam Ninh→city:nanning] công bố [Sáng kiến Nam Ninh→agreement:initiative].',
    ]);
  });

  it('finds Chinese names without spaces, longest first', () => {
    const entities = [
      city('nanning', '南宁', '南宁市'),
      person('hou-gang', '侯刚'),
      agreement('initiative', '南宁倡议'),
      city('mong-cai', '芒街市', '芒街'),
    ];
    expect(
      link(['南宁市市长侯刚在对话中介绍了南宁的开放平台,发布《南宁倡议》。芒街与南宁'], entities),
    ).toEqual([
      '[南宁市→city:nanning]市长[侯刚→person:hou-gang]在对话中介绍了南宁的开放平台,发布《[南宁倡议→agreement:initiative]》。[芒街→city:mong-cai]与南宁',
    ]);
  });

  it('checks word boundaries for Latin names inside Chinese text', () => {
    expect(link(['据NNICC报道', 'NNICCX与NNICC'], [{ kind: 'city', id: 'x', names: ['NNICC'] }])).toEqual([
      '据[NNICC→city:x]报道',
      'NNICCX与NNICC',
    ]);
  });

  it('links neither entity when two share a name', () => {
    expect(link(['Mr. Wen met Mr. Wen.'], [person('a', 'Mr. Wen'), person('b', 'Mr. Wen')])).toEqual([
      'Mr. Wen met Mr. Wen.',
    ]);
  });

  it('leaves existing links alone and never nests a link', () => {
    const paragraph: TextRun[] = [
      { text: 'See ' },
      { text: 'the Nanning report', href: 'https://example.org/' },
      { text: ' on Nanning.' },
    ];
    const [runs] = linkEntities([paragraph], [city('nanning', 'Nanning')]);
    expect(runs).toEqual([
      { text: 'See ' },
      { text: 'the Nanning report', href: 'https://example.org/' },
      { text: ' on ' },
      { text: 'Nanning', entity: { kind: 'city', id: 'nanning' } },
      { text: '.' },
    ]);
    expect(textOf(runs!)).toBe('See the Nanning report on Nanning.');
  });

  it('is case-sensitive, so common words are not taken for names', () => {
    expect(link(['They may meet in May.'], [person('may', 'May')])).toEqual([
      'They may meet in [May→person:may].',
    ]);
  });

  it('handles characters outside the Basic Multilingual Plane and empty input', () => {
    expect(link(['𠀋 南宁 😀 Nanning'], [city('n', '南宁', 'Nanning')])).toEqual([
      '𠀋 [南宁→city:n] 😀 Nanning',
    ]);
    expect(link([''], [city('n', 'Nanning')])).toEqual(['']);
    expect(link(['Nanning'], [])).toEqual(['Nanning']);
  });
});
