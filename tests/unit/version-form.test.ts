import { describe, expect, it } from 'vitest';
import { versionInputFrom } from '@/lib/editorial/version-form';

/** The editor form as the browser posts it: one row per paragraph, then the open conflicts. */
function form(extra: Array<[string, string]> = [], conflicts?: unknown) {
  const f = new FormData();
  for (const [k, v] of [
    ['articleId', 'gmd-2025-opening'],
    ['locale', 'en'],
    ['baseRevision', '4'],
    ['slug', 'opening'],
    ['title', 'My title'],
    ['standfirst', ''],
    ...[
      ['p1', 'First.', ''],
      ['p2', 'Second, as I typed it.', 'p:p2'],
      ['p3', 'Third.', ''],
    ].flatMap(([key, text, conflict], i) => [
      ['key', key!],
      ['kind', 'paragraph'],
      ['text', text!],
      ['position', String(i + 1)],
      ['rowConflict', conflict!],
    ]),
    ...extra,
  ] as Array<[string, string]>)
    f.append(k, v);
  if (conflicts) f.append('conflicts', JSON.stringify(conflicts));
  return f;
}

const open = [
  { id: 'p:p2', theirs: 'Second, as they wrote it.', mine: 'Second, mine.' },
  { id: 'title', theirs: 'Their title', mine: 'My title' },
];

describe('reading the version form back', () => {
  it('leaves a save unresolved while a conflict has no choice', () => {
    const { unresolved } = versionInputFrom(form([['choice:title', 'mine']], open));
    expect(unresolved).toEqual(['p:p2']);
  });

  it('applies each choice: theirs, mine, or the typed text', () => {
    const theirs = versionInputFrom(
      form(
        [
          ['choice:p:p2', 'theirs'],
          ['choice:title', 'theirs'],
        ],
        open,
      ),
    );
    expect(theirs.unresolved).toEqual([]);
    expect(theirs.input.title).toBe('Their title');
    expect(theirs.input.paragraphs.map((p) => p.text)).toEqual([
      'First.',
      'Second, as they wrote it.',
      'Third.',
    ]);
    const typed = versionInputFrom(
      form(
        [
          ['choice:p:p2', 'text'],
          ['choice:title', 'mine'],
        ],
        open,
      ),
    );
    expect(typed.input.paragraphs[1]!.text).toBe('Second, as I typed it.');
  });

  it('drops a paragraph when the chosen side removed it', () => {
    const removed = [{ id: 'p:p2', theirs: null, mine: 'Second, mine.' }];
    const { input } = versionInputFrom(form([['choice:p:p2', 'theirs']], removed));
    expect(input.paragraphs.map((p) => p.key)).toEqual(['p1', 'p3']);
  });

  it('ignores a forged or malformed conflict list rather than trusting it', () => {
    expect(versionInputFrom(form([], 'not json')).unresolved).toEqual([]);
    const forged = [{ id: 'p:<script>', theirs: 'x', mine: 'y' }];
    expect(versionInputFrom(form([], forged)).input.paragraphs[1]!.text).toBe('Second, as I typed it.');
  });
});
