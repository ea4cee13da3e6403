import { describe, expect, it } from 'vitest';
import { listQueryString, parseListQuery } from '@/lib/reading/list-params';

describe('article list parameters', () => {
  it('takes a plain page number and event', () => {
    expect(parseListQuery({ page: '2', event: 'global-mayors-dialogue-nanning-2025' })).toEqual({
      page: 2,
      event: 'global-mayors-dialogue-nanning-2025',
      canonical: true,
    });
    expect(parseListQuery({})).toEqual({ page: 1, event: null, canonical: true });
  });

  it.each([['0'], ['abc'], ['-3'], ['1.5'], ['1e3'], [''], ['9'.repeat(40)]])(
    'turns page=%s into page 1, marked for a redirect',
    (page) => {
      expect(parseListQuery({ page })).toMatchObject({ page: 1, canonical: false });
    },
  );

  it('keeps a large page number for the caller to clamp to the last page', () => {
    expect(parseListQuery({ page: '99999' })).toEqual({ page: 99999, event: null, canonical: true });
  });

  it('drops a malformed event filter and unknown or repeated parameters', () => {
    expect(parseListQuery({ event: "x' OR 1=1 --" })).toMatchObject({ event: null, canonical: false });
    expect(parseListQuery({ utm_source: 'x' })).toMatchObject({ page: 1, canonical: false });
    expect(parseListQuery({ page: ['2', '3'] })).toMatchObject({ page: 2, canonical: false });
    expect(parseListQuery({ page: '1' })).toMatchObject({ page: 1, canonical: false });
  });

  it('writes the canonical query', () => {
    expect(listQueryString({ page: 1, event: null })).toBe('');
    expect(listQueryString({ page: 3, event: 'e' })).toBe('?event=e&page=3');
  });
});
