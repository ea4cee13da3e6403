import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { mergeVersions, type MergeVersion } from '@/lib/editorial/merge';
import { sideOf, wordDiff } from '@/lib/editorial/word-diff';

const version = (texts: Record<string, string>, extra: Partial<MergeVersion> = {}): MergeVersion => ({
  slug: 'report',
  title: 'Title',
  standfirst: '',
  paragraphs: Object.entries(texts).map(([key, text]) => ({ key, kind: 'paragraph', text })),
  ...extra,
});

describe('word-level differences', () => {
  it('marks exactly the changed word in English, the changed syllables in Vietnamese, the changed word in Chinese', () => {
    expect(
      wordDiff('The mayors met in Nanning on Friday.', 'The mayors met in Hanoi on Friday.', 'en'),
    ).toEqual([
      { op: 'same', text: 'The mayors met in ' },
      { op: 'removed', text: 'Nanning' },
      { op: 'added', text: 'Hanoi' },
      { op: 'same', text: ' on Friday.' },
    ]);
    expect(wordDiff('Thị trưởng đô thị giới thiệu', 'Thị trưởng thành phố giới thiệu', 'vi')).toEqual([
      { op: 'same', text: 'Thị trưởng ' },
      { op: 'removed', text: 'đô thị' },
      { op: 'added', text: 'thành phố' },
      { op: 'same', text: ' giới thiệu' },
    ]);
    const zh = wordDiff('市长主对话发布《南宁倡议》', '市长主对话正式发布《南宁倡议》', 'zh');
    expect(zh.filter((p) => p.op !== 'same')).toEqual([{ op: 'added', text: '正式' }]);
  });

  it('always joins back to both texts (1,000 generated pairs)', () => {
    const words = fc.array(
      fc.constantFrom('mayor', 'Nanning', ' ', ', ', 'thị', 'trưởng', '南宁', '倡议', '。', 'x'),
      {
        maxLength: 30,
      },
    );
    fc.assert(
      fc.property(
        words,
        words,
        fc.constantFrom('en' as const, 'vi' as const, 'zh' as const),
        (a, b, locale) => {
          const parts = wordDiff(a.join(''), b.join(''), locale);
          expect(sideOf(parts, 'before')).toBe(a.join(''));
          expect(sideOf(parts, 'after')).toBe(b.join(''));
        },
      ),
      { numRuns: 1000, seed: 20261202 },
    );
  });
});

describe('three-way merge', () => {
  const base = version({ p1: 'one', p2: 'two', p3: 'three' });

  it('takes each side’s change of a different paragraph', () => {
    const r = mergeVersions(
      base,
      version({ p1: 'one', p2: 'two', p3: 'THREE' }),
      version({ p1: 'ONE', p2: 'two', p3: 'three' }),
    );
    expect(r.conflicts).toEqual([]);
    expect(r.merged.paragraphs.map((p) => p.text)).toEqual(['ONE', 'two', 'THREE']);
    expect(r.takenFromTheirs).toEqual(['p:p3']);
  });

  it('sees through whitespace: nothing changed is unchanged', () => {
    const r = mergeVersions(base, base, version({ p1: ' one ', p2: 'two\n', p3: 'three' }));
    expect(r.unchanged).toBe(true);
  });

  it('keeps paragraphs added on both sides after the one they followed, in the order of the side that reordered', () => {
    const theirs = {
      ...base,
      paragraphs: [
        ...base.paragraphs.slice(0, 1),
        { key: 'p4', kind: 'paragraph' as const, text: 'their new' },
        ...base.paragraphs.slice(1),
      ],
    };
    const mine = {
      ...base,
      paragraphs: [
        base.paragraphs[2]!,
        base.paragraphs[0]!,
        base.paragraphs[1]!,
        { key: '', kind: 'paragraph' as const, text: 'my new' },
      ],
    };
    const r = mergeVersions(base, theirs, mine);
    expect(r.merged.paragraphs.map((p) => p.text)).toEqual(['three', 'one', 'their new', 'two', 'my new']);
  });

  it('keeps two new paragraphs in the order they were written, and skips a predecessor the others removed', () => {
    const p = (key: string, text: string) => ({ key, kind: 'paragraph' as const, text });
    const theirs = { ...base, paragraphs: [p('p1', 'one'), p('p3', 'three')] }; // they removed p2
    const mine = {
      ...base,
      paragraphs: [p('p1', 'one'), p('p2', 'two'), p('', 'new a'), p('', 'new b'), p('p3', 'three')],
    };
    const r = mergeVersions(base, theirs, mine);
    expect(r.conflicts).toEqual([]);
    expect(r.merged.paragraphs.map((q) => q.text)).toEqual(['one', 'new a', 'new b', 'three']);
  });

  it('never loses a paragraph either side changed (1,000 generated edits)', () => {
    const side = fc.record({
      edit: fc.array(fc.option(fc.constantFrom('a', 'b', 'c d', 'e'), { nil: undefined }), {
        minLength: 3,
        maxLength: 3,
      }),
      remove: fc.array(fc.boolean(), { minLength: 3, maxLength: 3 }),
      added: fc.option(fc.constantFrom('new x', 'new y'), { nil: undefined }),
    });
    const apply = (
      s: { edit: (string | undefined)[]; remove: boolean[]; added?: string },
      keep: (k: string) => boolean,
    ) => ({
      ...base,
      paragraphs: [
        ...base.paragraphs
          .map((p, i) => ({ ...p, text: s.edit[i] ?? p.text }))
          .filter((p, i) => !s.remove[i] || !keep(p.key)),
        ...(s.added ? [{ key: keep('') ? 'p9' : '', kind: 'paragraph' as const, text: s.added }] : []),
      ],
    });
    fc.assert(
      fc.property(side, side, (t, m) => {
        const theirs = apply(t, () => true);
        const mine = apply(m, () => true);
        mine.paragraphs = mine.paragraphs.map((p) => (p.key === 'p9' ? { ...p, key: '' } : p));
        const r = mergeVersions(base, theirs, mine);
        const result = r.merged.paragraphs.map((p) => p.text);
        const conflicted = new Set(r.conflicts.flatMap((c) => (c.on === 'paragraph' ? [c.key] : [])));
        for (const [who, s] of [
          ['theirs', t],
          ['mine', m],
        ] as const) {
          s.edit.forEach((text, i) => {
            const key = base.paragraphs[i]!.key;
            if (text === undefined || text === base.paragraphs[i]!.text || s.remove[i] || conflicted.has(key))
              return;
            expect(result, `${who} changed ${key}`).toContain(text);
          });
          if (s.added) expect(result, `${who} added`).toContain(s.added);
        }
        // a paragraph removed on one side and untouched on the other stays removed
        base.paragraphs.forEach((p, i) => {
          const removedBy = [t, m].filter((s) => s.remove[i]);
          const changedBy = [t, m].filter(
            (s) => !s.remove[i] && s.edit[i] !== undefined && s.edit[i] !== p.text,
          );
          if (removedBy.length && !changedBy.length)
            expect(r.merged.paragraphs.some((q) => q.key === p.key)).toBe(false);
        });
      }),
      { numRuns: 1000, seed: 20261202 },
    );
  });
});
