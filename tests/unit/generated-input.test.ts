import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseMarkup, plainText, toMarkup, type Run } from '@/lib/model/rich-text';
import { linkEntities, textOf, type EntityNames, type TextRun } from '@/lib/model/entity-links';
import { listQueryString } from '@/lib/model/lists';
import { parseListQuery } from '@/lib/reading/list-params';
import { parseQuery, SEARCH_LIMITS } from '@/lib/search/text';

/**
 * Generated input (fast-check, seeded, 1,000 runs each) for the parsers readers and editors feed:
 * what is typed into the newsroom's paragraphs, the search box and list addresses, and the text the
 * entity linker walks. Each property is something a user would notice if it broke.
 */
const runs = { numRuns: 1000, seed: 20261202 };

/** Text with the characters markup and search care about, in the portal's three scripts. */
const pieces = fc.constantFrom(
  '*',
  '**',
  '[',
  ']',
  '(',
  ')',
  '\\',
  ' ',
  '\n',
  'https://example.org/a',
  '/en/cities/nanning',
  'Nanning',
  'Nam Ninh',
  'thị trưởng',
  '南宁',
  '南宁市',
  '倡议',
  '。',
  '、',
  'đô thị',
  '&',
  '|',
  '!',
  ':',
  "'",
  '"',
  '<script>',
  '\u0301',
  '😀',
  'x',
);
const text = fc.oneof(
  fc.array(pieces, { maxLength: 30 }).map((p) => p.join('')),
  fc.string({ unit: 'grapheme', maxLength: 60 }),
  fc.string({ unit: 'binary', maxLength: 60 }),
);

describe('the newsroom markup', () => {
  it('reads back what it writes: parse ∘ write ∘ parse = parse, and never throws', () => {
    fc.assert(
      fc.property(text, (source) => {
        const once = parseMarkup(source);
        expect(parseMarkup(toMarkup(once))).toEqual(once);
        expect(typeof plainText(once)).toBe('string');
      }),
      runs,
    );
  });

  // Two runs with different formatting that touch ("*a***b**") are ambiguous in this markup, as in
  // Markdown: the property keeps a plain word between formatted runs (known limitation, issue 17).
  it('writes formatted text so that it reads back the same, ***both*** included', () => {
    const word = fc.array(pieces, { minLength: 1, maxLength: 6 }).map((p) => p.join('').trim());
    const run = fc.record({
      text: word,
      marks: fc.subarray(['em', 'strong'] as const),
      href: fc.option(fc.constantFrom('/en/cities/nanning', 'https://example.org/a'), { nil: undefined }),
    });
    fc.assert(
      fc.property(fc.array(run, { maxLength: 6 }), (generated) => {
        const written: Run[] = generated
          .filter((r) => r.text)
          .flatMap((r) => [
            {
              text: r.text,
              ...(r.marks.length ? { marks: [...r.marks] } : {}),
              ...(r.href ? { href: r.href } : {}),
            },
            { text: ' and ' },
          ]);
        const back = parseMarkup(toMarkup(written));
        // formatting may merge neighbours and the outer whitespace is trimmed; the words are kept
        expect(plainText(back)).toBe(plainText(written).trim());
      }),
      runs,
    );
  });
});

describe('the search box', () => {
  const tsqueryWord = /'[\p{L}\p{M}\p{N}]+'/gu;
  it('never throws, keeps to its limits, and hands PostgreSQL only quoted words and operators', () => {
    fc.assert(
      fc.property(fc.oneof(text, fc.string({ unit: 'grapheme', maxLength: 400 })), (raw) => {
        const parsed = parseQuery(raw);
        if (!parsed) return;
        expect(Array.from(parsed.text).length).toBeLessThanOrEqual(SEARCH_LIMITS.query);
        expect(parsed.english.split(' & ').length).toBeLessThanOrEqual(SEARCH_LIMITS.terms);
        for (const query of [parsed.simple, parsed.english, parsed.exact])
          expect(query.replace(tsqueryWord, '').replace(/[()&| ]/g, '')).toBe('');
      }),
      runs,
    );
  });
});

describe('the entity linker', () => {
  const names: EntityNames[] = [
    { kind: 'city', id: 'nanning', names: ['Nanning', 'Nam Ninh', '南宁', '南宁市'] },
    { kind: 'person', id: 'nong-shengwen', names: ['Nong Shengwen', '农生文'] },
    { kind: 'agreement', id: 'initiative', names: ['Nanning Initiative', '南宁倡议'] },
    { kind: 'city', id: 'vientiane', names: ['Vientiane', 'Viêng Chăn', '万象'] },
  ];
  const paragraph = fc.array(
    fc.record({
      text: fc.oneof(
        text,
        fc
          .array(
            fc.constantFrom(
              'Nanning',
              'Nanning Initiative',
              '南宁倡议',
              'Viêng Chăn',
              ' ',
              'x',
              '。',
              'sNanning',
            ),
            {
              maxLength: 8,
            },
          )
          .map((p) => p.join('')),
      ),
      href: fc.option(fc.constant('/en/cities/nanning'), { nil: undefined }),
    }),
    { maxLength: 4 },
  );
  it('leaves the text as it was, but for links; links only where the text names the entity', () => {
    fc.assert(
      fc.property(fc.array(paragraph, { maxLength: 4 }), (generated) => {
        const input: TextRun[][] = generated.map((p) =>
          p.map((r) => ({ text: r.text, ...(r.href ? { href: r.href } : {}) })),
        );
        const out = linkEntities(input, names);
        expect(out.length).toBe(input.length);
        for (const [i, runsOut] of out.entries()) {
          // plain text is read in NFC (canonically the same characters); links stay as they are
          const expected = input[i]!.map((r) => (r.href ? r.text : r.text.normalize('NFC'))).join('');
          expect(textOf(runsOut)).toBe(expected);
          for (const run of runsOut.filter((r) => r.entity)) {
            const owner = names.find((n) => n.id === run.entity!.id)!;
            expect(owner.names).toContain(run.text);
          }
        }
        // each entity is linked once in a version at most
        const linked = out
          .flat()
          .filter((r) => r.entity)
          .map((r) => r.entity!.id);
        expect(new Set(linked).size).toBe(linked.length);
      }),
      runs,
    );
  });
});

describe('list addresses', () => {
  const value = fc.oneof(
    fc.string({ maxLength: 12 }),
    fc.constantFrom(
      '1',
      '2',
      '0',
      '-1',
      '999999',
      '1000000',
      '1e3',
      ' 2',
      'global-mayors-dialogue-nanning-2025',
    ),
  );
  it('any query becomes a valid list request, and its canonical form reads back the same', () => {
    fc.assert(
      fc.property(
        fc.dictionary(
          fc.constantFrom('page', 'event', 'person', 'after', 'before', 'q', 'utm_source'),
          fc.oneof(value, fc.array(value, { maxLength: 3 })),
        ),
        (raw) => {
          const parsed = parseListQuery(raw);
          for (const id of [parsed.filter?.id, parsed.cursor?.id])
            expect(id === undefined || /^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(id)).toBe(true);
          const again = parseListQuery(
            Object.fromEntries(new URLSearchParams(listQueryString(parsed.filter, parsed.cursor))),
          );
          expect({ filter: again.filter, cursor: again.cursor }).toEqual({
            filter: parsed.filter,
            cursor: parsed.cursor,
          });
          expect(again.canonical).toBe(true);
        },
      ),
      runs,
    );
  });
});
