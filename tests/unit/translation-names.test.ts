import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import type { Locale } from '@/lib/model/locales';
import { checkTranslation } from '@/lib/translation/checks';
import { checkNames, type GlossaryTerm } from '@/lib/translation/names';
import { launchPairs } from '../support/launch-content';

/**
 * Glossary names on our own content: the glossary is made from content/ as the seed makes it (a
 * person's aliases are misspellings to correct; a city's or an agreement's are accepted short
 * forms), and every paragraph pair of the launch reports is checked with it.
 */
type Named = {
  id: string;
  name: Partial<Record<Locale, string>>;
  aliases?: Array<{ locale: Locale; name: string }>;
};
const read = (file: string) =>
  parse(readFileSync(new URL(`../../content/${file}`, import.meta.url), 'utf8')) as Named[];
const byLocale = (aliases: Named['aliases'] = []) => {
  const out: Partial<Record<Locale, string[]>> = {};
  for (const a of aliases) (out[a.locale] ??= []).push(a.name);
  return out;
};
const glossary: GlossaryTerm[] = [
  ...read('people.yaml').map((p) => ({
    id: p.id,
    names: p.name,
    variants: {},
    rejected: byLocale(p.aliases),
  })),
  ...[...read('cities.yaml'), ...read('agreements.yaml')].map((e) => ({
    id: e.id,
    names: e.name,
    variants: byLocale(e.aliases),
  })),
];

describe('glossary names', () => {
  it('the launch content uses no other language’s form and no misspelling, in any direction', () => {
    const rejected: string[] = [];
    let missing = 0;
    const pairs = launchPairs();
    for (const p of pairs)
      for (const f of checkNames(
        { locale: p.from, text: p.source },
        { locale: p.to, text: p.target },
        glossary,
      ))
        if (f.kind === 'rejected') rejected.push(`${p.at}: ${f.found}`);
        else missing++;
    const checked = pairs.length;
    expect(checked).toBeGreaterThan(100);
    expect(rejected).toEqual([]);
    // a name the translation renders otherwise ("the city", "the two cities") is a warning only
    expect(missing).toBeLessThan(checked / 4);
  });

  it('names another language’s form and a misspelling, and accepts a variant', () => {
    const source = { locale: 'zh' as const, text: '南宁与仰光签署备忘录。' };
    expect(checkNames(source, { locale: 'vi', text: 'Nanning và Yangon ký bản ghi nhớ.' }, glossary)).toEqual(
      [{ kind: 'rejected', term: 'nanning', found: 'Nanning', expected: 'Nam Ninh' }],
    );
    expect(
      checkNames(source, { locale: 'vi', text: 'Nam Ninh và Yangon ký bản ghi nhớ.' }, glossary),
    ).toEqual([]);
    // Vientiane is an accepted Vietnamese variant of Viêng Chăn
    expect(
      checkNames(
        { locale: 'en', text: 'Vientiane joined.' },
        { locale: 'vi', text: 'Vientiane tham gia.' },
        glossary,
      ),
    ).toEqual([]);
    // the misspelling sources printed, in English
    expect(
      checkNames(
        { locale: 'zh', text: '万象市市长阿萨庞通·西潘敦' },
        { locale: 'en', text: 'Vientiane Mayor Atsaphangthong Siphandone' },
        glossary,
      ),
    ).toContainEqual(expect.objectContaining({ kind: 'rejected', found: 'Atsaphangthong Siphandone' }));
    // not named at all: a warning
    expect(
      checkNames(source, { locale: 'en', text: 'The two cities signed a memorandum.' }, glossary),
    ).toEqual([
      { kind: 'missing', term: 'nanning', expected: 'Nanning' },
      { kind: 'missing', term: 'yangon', expected: 'Yangon' },
    ]);
  });

  it('as checks: another language’s form is an error, a missing name a warning', () => {
    const findings = checkTranslation(
      {
        source: { locale: 'zh', markup: '南宁与仰光签署备忘录。' },
        target: { locale: 'vi', markup: 'Nanning và thành phố kia ký bản ghi nhớ.' },
      },
      { glossary },
    );
    expect(findings.filter((f) => f.check.startsWith('glossary'))).toEqual([
      { check: 'glossaryVariant', severity: 'error', found: 'Nanning → Nam Ninh' },
      { check: 'glossary', severity: 'warning', found: 'Yangon' },
    ]);
  });
});
