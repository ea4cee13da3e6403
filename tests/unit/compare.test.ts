import { describe, expect, it } from 'vitest';
import { parseComparison } from '@/lib/reading/compare';
import { articlePath, equivalentPath } from '@/lib/model/paths';

const all = ['zh', 'en', 'vi'] as const;

describe('choosing languages to read side by side', () => {
  it('shows the page language first, then the chosen ones in a fixed order', () => {
    expect(parseComparison('vi,zh', 'en', all)).toEqual({ languages: ['en', 'zh', 'vi'], notes: [] });
    expect(parseComparison('en', 'vi', all)).toEqual({ languages: ['vi', 'en'], notes: [] });
  });

  it('ignores an unknown language with a note', () => {
    expect(parseComparison('fr,en', 'zh', all)).toEqual({
      languages: ['zh', 'en'],
      notes: [{ reason: 'unknown', value: 'fr' }],
    });
  });

  it('ignores a repeated language and the page’s own language with a note', () => {
    expect(parseComparison('en,en,zh', 'zh', all)).toEqual({
      languages: ['zh', 'en'],
      notes: [
        { reason: 'repeated', value: 'en' },
        { reason: 'current', value: 'zh' },
      ],
    });
  });

  it('ignores a language the report does not exist in, with a note', () => {
    expect(parseComparison('vi', 'en', ['zh', 'en'])).toEqual({
      languages: ['en'],
      notes: [{ reason: 'unavailable', value: 'vi' }],
    });
  });

  it('accepts upper case and spaces but keeps hostile input short in the note', () => {
    expect(parseComparison(' EN ', 'zh', all).languages).toEqual(['zh', 'en']);
    const hostile = parseComparison(`<script>alert(1)</script>${'x'.repeat(500)}`, 'zh', all);
    expect(hostile.languages).toEqual(['zh']);
    expect(hostile.notes).toHaveLength(1);
    expect(hostile.notes[0]?.value.length).toBeLessThanOrEqual(25);
  });

  it('reports a flood of entries once', () => {
    const flood = parseComparison(Array.from({ length: 50 }, () => 'en').join(','), 'zh', all);
    expect(flood.languages).toEqual(['zh', 'en']);
    expect(flood.notes.length).toBeLessThanOrEqual(6);
  });

  it('builds the path of the same reading in another language', () => {
    expect(articlePath('a')).toBe('/articles/a');
    expect(articlePath('a', ['en', 'vi'])).toBe('/articles/a/with/en,vi');
    expect(equivalentPath('b', 'en', ['zh', 'en'])).toBe('/articles/b/with/zh');
    expect(equivalentPath('b', 'vi', ['zh', 'en'])).toBe('/articles/b/with/zh,en');
    expect(equivalentPath('b', 'en', ['zh'])).toBe('/articles/b');
  });
});
