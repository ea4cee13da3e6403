import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parse, TYPE, type MessageFormatElement } from '@formatjs/icu-messageformat-parser';
import { createTranslator } from 'use-intl/core';
import { describe, expect, it } from 'vitest';
import { locales } from '@/lib/model/locales';

type Tree = { [key: string]: string | Tree };
const load = (locale: string) =>
  JSON.parse(
    readFileSync(path.join(import.meta.dirname, '..', '..', 'messages', `${locale}.json`), 'utf8'),
  ) as Tree;
const flatten = (tree: Tree, prefix = ''): Record<string, string> =>
  Object.fromEntries(
    Object.entries(tree).flatMap(([k, v]) =>
      typeof v === 'string' ? [[`${prefix}${k}`, v]] : Object.entries(flatten(v, `${prefix}${k}.`)),
    ),
  );
/** The ICU argument names a message uses, e.g. {date}, {value, number} → date, value. */
function argumentsOf(message: string): string[] {
  const names = new Set<string>();
  const visit = (elements: MessageFormatElement[]) => {
    for (const element of elements) {
      if ('value' in element && element.type !== TYPE.literal) names.add(String(element.value));
      if ('options' in element) for (const option of Object.values(element.options)) visit(option.value);
      if ('children' in element) visit(element.children);
    }
  };
  visit(parse(message));
  return [...names].sort();
}

const english = flatten(load('en'));

describe('messages', () => {
  it.each(locales)('%s has exactly the keys of the English file', (locale) => {
    expect(Object.keys(flatten(load(locale))).sort()).toEqual(Object.keys(english).sort());
  });

  it.each(locales)('%s uses the same ICU arguments as English in every message', (locale) => {
    const messages = flatten(load(locale));
    for (const [key, message] of Object.entries(messages)) {
      expect({ key, args: argumentsOf(message) }).toEqual({ key, args: argumentsOf(english[key] ?? '') });
    }
  });

  it.each(locales)('every %s message formats without an ICU error', (locale) => {
    const errors: string[] = [];
    const t = createTranslator({ locale, messages: load(locale), onError: (e) => errors.push(e.message) });
    const values = {
      metric: 'cities',
      qualifier: 'over',
      value: 150,
      start: 'a',
      end: 'b',
      city: 'c',
      sources: 's',
      date: 'd',
      time: 't',
      outlet: 'o',
      name: 'n',
      role: 'r',
      language: 'L',
      reason: 'unknown',
      edition: 1,
      kind: 'opening',
      amount: 'A',
      count: 2,
      page: 1,
      languages: 'L',
      summary: 'S',
      event: 'E',
      label: 'l',
      title: 'T',
      country: 'C',
      site: 'W',
      fields: 'F',
      number: 3,
      state: 'S',
      from: 'A',
      to: 'B',
      timeZone: 'Z',
      decision: 'D',
      revision: 2,
      field: 'F',
      found: 'X',
      suggested: 'Y',
      original: 'O',
      line: 4,
      limit: 100,
      lines: '2, 3',
      query: 'Q',
      terms: 12,
      quote: 'Q',
      parts: 'P',
      text: 'X',
      stage: 1,
      zone: 'Z',
      suggestion: 'S',
      percent: 40,
      photos: 'P',
      paragraphs: '1, 2',
      unit: 'p.p1',
      units: 3,
      origin: 'a report',
      added: 6,
      caption: 'C',
      id: 'photo-1',
      width: 6000,
      height: 4000,
      bound: 'between',
      since: 'S',
      until: 'U',
      note: 'N',
    };
    const tagsOf = (message: string): string[] =>
      parse(message).flatMap((element) => (element.type === TYPE.tag ? [element.value] : []));
    for (const [key, message] of Object.entries(flatten(load(locale)))) {
      const tags = tagsOf(message);
      // a message with tags (<name></name>) is rendered with t.rich, each tag by a function
      const text = tags.length
        ? String(
            (t.rich as unknown as (k: string, v: object) => unknown)(key, {
              ...values,
              ...Object.fromEntries(tags.map((tag) => [tag, () => tag])),
            }),
          )
        : (t as unknown as (k: string, v: object) => string)(key, values);
      expect(text, key).not.toContain(key);
    }
    expect(errors).toEqual([]);
  });

  it.each(locales)(
    '%s: the masthead is the site name, its place name marked to keep it on one line',
    (locale) => {
      const messages = flatten(load(locale));
      expect(messages['Layout.masthead']!.replace(/<\/?place>/g, '')).toBe(messages['Metadata.siteName']);
    },
  );
});
