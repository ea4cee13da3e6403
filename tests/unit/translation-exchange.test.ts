import { describe, expect, it } from 'vitest';
import type { Run } from '@/lib/model/rich-text';
import { readTmx, writeTmx } from '@/lib/translation/tmx';
import { readXliff, writeXliff, type ExchangeFile } from '@/lib/translation/xliff';

/** XLIFF and TMX as the portal writes and reads them: round trips, and what a tool may break. */
const runs: Run[] = [
  { text: 'Nanning & ASEAN <cities> sign ' },
  { text: '14 projects', marks: ['strong'] },
  { text: ' worth ' },
  { text: 'CNY 3.3 billion', marks: ['em', 'strong'] },
  { text: ', see ' },
  { text: 'the programme', href: 'https://example.org/p?a=1&b="2"' },
  { text: '.' },
];
const file: ExchangeFile = {
  articleId: 'gmd-2025-signings',
  sourceLocale: 'en',
  targetLocale: 'vi',
  revision: 7,
  units: [
    {
      id: 'title',
      source: [{ text: 'Fourteen projects' }],
      target: [{ text: 'Mười bốn dự án' }],
      state: 'reviewed',
      notes: ['Nanning → Nam Ninh'],
    },
    {
      id: 'p.p1',
      source: runs,
      target: runs.map((r) => ({ ...r, text: `${r.text}·` })),
      state: 'needsEditing',
      notes: [],
    },
    { id: 'p.p2', source: [{ text: 'Not yet.' }], target: null, state: 'untranslated', notes: [] },
  ],
};

describe.each(['1.2', '2.1'] as const)('XLIFF %s', (version) => {
  const xml = writeXliff(file, version);

  it('reads back what it wrote: report, languages, revision, each unit with its codes', () => {
    const read = readXliff(xml);
    if (!read.ok) throw new Error(JSON.stringify(read.problem));
    expect(read.file).toMatchObject({
      version,
      articleId: file.articleId,
      sourceLocale: 'en',
      targetLocale: 'vi',
      revision: 7,
    });
    expect(read.file.units.map((u) => u.id)).toEqual(['title', 'p.p1', 'p.p2']);
    expect(read.file.units[1]!.source).toEqual(runs);
    expect(read.file.units[1]!.target).toEqual(file.units[1]!.target);
    // an untranslated unit: no target (2.1), or its source to overwrite (1.2)
    expect(read.file.units[2]!.target).toEqual(version === '1.2' ? [{ text: 'Not yet.' }] : null);
  });

  it('names the unit whose codes a tool broke, and refuses what is not its file', () => {
    // the translation's link code cut in half (its closing code gone), or pointing at nothing
    const last = (pattern: RegExp, by: string) => {
      const all = [...xml.matchAll(pattern)];
      const m = all.at(-1)!;
      return xml.slice(0, m.index) + by + xml.slice(m.index + m[0].length);
    };
    const broken =
      version === '1.2'
        ? last(/<ept id="\d+">&lt;\/a&gt;<\/ept>/gu, '')
        : last(/dataRefStart="d\d+"/gu, 'dataRefStart="d99"');
    expect(broken).not.toBe(xml);
    expect(readXliff(broken)).toEqual({ ok: false, problem: { kind: 'brokenCodes', unit: 'p.p1' } });
    const unsafe = xml.replaceAll('https://example.org/p?a=1', 'javascript:alert(1)//');
    expect(unsafe).not.toBe(xml);
    expect(readXliff(unsafe)).toEqual({ ok: false, problem: { kind: 'unsafeLink', unit: 'p.p1' } });
    expect(readXliff('<xliff version="1.2"><file')).toEqual({ ok: false, problem: { kind: 'notXml' } });
    expect(readXliff('<html><body/></html>')).toEqual({ ok: false, problem: { kind: 'notXliff' } });
    const laughs = `<?xml version="1.0"?><!DOCTYPE xliff [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;">]>${xml.replace(/^<\?xml[^>]*>/u, '').replace('Not yet.', '&b;')}`;
    // entities a file declares are not read at all
    expect(readXliff(laughs)).toEqual({ ok: false, problem: { kind: 'notXml' } });
    expect(readXliff(xml.replace('portal:article/', 'other:'))).toEqual({
      ok: false,
      problem: { kind: 'otherReport' },
    });
    const twice =
      version === '1.2'
        ? xml.replace('id="p.p2"', 'id="p.p1"')
        : xml.replace('<unit id="p.p2"', '<unit id="p.p1"');
    expect(readXliff(twice)).toEqual({ ok: false, problem: { kind: 'duplicateUnit', unit: 'p.p1' } });
  });
});

describe('TMX', () => {
  it('reads back the pairs it wrote, text only', () => {
    const xml = writeTmx({
      from: 'zh',
      to: 'vi',
      units: [
        {
          source: '南宁 & 东盟 <城市>',
          target: 'Nam Ninh & ASEAN',
          changed: new Date('2025-01-17T12:00:00Z'),
          approved: true,
          origin: 'report',
        },
      ],
    });
    const read = readTmx(xml);
    expect(read).toEqual({
      ok: true,
      units: [
        {
          texts: { zh: '南宁 & 东盟 <城市>', vi: 'Nam Ninh & ASEAN' },
          changed: new Date('2025-01-17T12:00:00Z'),
        },
      ],
    });
  });

  it('refuses what is not TMX, or has no pair of our languages', () => {
    expect(readTmx('<tmx')).toEqual({ ok: false, problem: { kind: 'notXml' } });
    expect(readTmx('<xliff/>')).toEqual({ ok: false, problem: { kind: 'notTmx' } });
    expect(readTmx('<!DOCTYPE tmx [<!ENTITY x "y">]><tmx version="1.4"><body/></tmx>')).toEqual({
      ok: false,
      problem: { kind: 'notXml' },
    });
    // the DOCTYPE agencies' tools write is read
    const agency =
      '<?xml version="1.0"?><!DOCTYPE tmx SYSTEM "tmx14.dtd"><tmx version="1.4"><header/><body><tu><tuv xml:lang="EN-US"><seg>Yes</seg></tuv><tuv xml:lang="ZH-CN"><seg>是</seg></tuv></tu></body></tmx>';
    expect(readTmx(agency)).toMatchObject({ ok: true, units: [{ texts: { en: 'Yes', zh: '是' } }] });
    const french =
      '<tmx version="1.4"><body><tu><tuv xml:lang="en"><seg>a</seg></tuv><tuv xml:lang="fr"><seg>b</seg></tuv></tu></body></tmx>';
    expect(readTmx(french)).toEqual({ ok: false, problem: { kind: 'noPairs' } });
  });
});
