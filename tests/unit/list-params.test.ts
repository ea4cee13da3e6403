import { describe, expect, it } from 'vitest';
import { keysetPage, listQueryString } from '@/lib/model/lists';
import { parseListQuery } from '@/lib/reading/list-params';

describe('list parameters', () => {
  it('takes one filter of any kind and one cursor', () => {
    expect(parseListQuery({ event: 'global-mayors-dialogue-nanning-2025' })).toEqual({
      filter: { kind: 'event', id: 'global-mayors-dialogue-nanning-2025' },
      cursor: null,
      canonical: true,
    });
    expect(parseListQuery({ person: 'nong-rong', after: 'nanning-initiative' })).toEqual({
      filter: { kind: 'person', id: 'nong-rong' },
      cursor: { dir: 'after', id: 'nanning-initiative' },
      canonical: true,
    });
    expect(parseListQuery({})).toEqual({ filter: null, cursor: null, canonical: true });
  });

  it.each([['0'], ['2'], ['abc'], ['99999']])('sends the old page=%s to the first page', (page) => {
    expect(parseListQuery({ page })).toEqual({ filter: null, cursor: null, canonical: false });
  });

  it('drops malformed, repeated and unknown parameters, marked for a redirect', () => {
    expect(parseListQuery({ event: "x' OR 1=1 --" })).toMatchObject({ filter: null, canonical: false });
    expect(parseListQuery({ after: '../x' })).toMatchObject({ cursor: null, canonical: false });
    expect(parseListQuery({ utm_source: 'x' })).toMatchObject({ filter: null, canonical: false });
    expect(parseListQuery({ after: ['a', 'b'] })).toMatchObject({
      cursor: { dir: 'after', id: 'a' },
      canonical: false,
    });
    expect(parseListQuery({ after: 'a', before: 'b' })).toMatchObject({
      cursor: { dir: 'after', id: 'a' },
      canonical: false,
    });
    expect(parseListQuery({ event: 'e', city: 'c' })).toMatchObject({
      filter: { kind: 'city' },
      canonical: false,
    });
  });

  it('writes the canonical query', () => {
    expect(listQueryString(null, null)).toBe('');
    expect(listQueryString({ kind: 'city', id: 'nanning' }, { dir: 'before', id: 'r' })).toBe(
      '?city=nanning&before=r',
    );
  });
});

describe("a keyset page from its query's rows", () => {
  const id = (s: string) => s;
  it('the first page: older when there is one more row, no newer', () => {
    expect(keysetPage(['a', 'b', 'c'], null, 2, id)).toEqual({
      items: ['a', 'b'],
      newer: null,
      older: { dir: 'after', id: 'b' },
    });
    expect(keysetPage(['a', 'b'], null, 2, id)).toEqual({ items: ['a', 'b'], newer: null, older: null });
  });
  it('after a row: always newer (that row), older when there is more', () => {
    expect(keysetPage(['c', 'd'], { dir: 'after', id: 'b' }, 2, id)).toEqual({
      items: ['c', 'd'],
      newer: { dir: 'before', id: 'c' },
      older: null,
    });
  });
  it('before a row: read newest-last and turned round; newer when there is more, always older', () => {
    expect(keysetPage(['b', 'a'], { dir: 'before', id: 'c' }, 2, id)).toEqual({
      items: ['a', 'b'],
      newer: null,
      older: { dir: 'after', id: 'b' },
    });
    expect(keysetPage(['c', 'b', 'a'], { dir: 'before', id: 'd' }, 2, id)).toEqual({
      items: ['b', 'c'],
      newer: { dir: 'before', id: 'b' },
      older: { dir: 'after', id: 'c' },
    });
  });
});
