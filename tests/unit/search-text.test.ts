import { describe, expect, it } from 'vitest';
import { fold, indexVector, parseQuery, snippet, words } from '@/lib/search/text';

describe('words and terms', () => {
  it('segments Chinese into words and adds the bigrams of long ones', () => {
    expect(words('《南宁倡议》发布')).toEqual(['南宁', '倡议', '发布']);
    expect(indexVector('南宁市人民政府').split(' ')).toEqual(
      expect.arrayContaining(["'南宁':1", "'人民政府':3", "'人民':3", "'民政':3", "'政府':3"]),
    );
  });

  it('indexes Vietnamese words as written and without diacritics, both at the word’s position', () => {
    expect(indexVector('Sáng kiến Nam Ninh').split(' ')).toEqual([
      "'sáng':1",
      "'sang':1",
      "'kiến':2",
      "'kien':2",
      "'nam':3",
      "'ninh':4",
    ]);
    expect(fold('Đồng thuận Nam Ninh')).toBe('dong thuan nam ninh');
  });
});

describe('queries', () => {
  it('keeps only words: operators, quotes and punctuation cannot shape the tsquery', () => {
    for (const hostile of [
      'a & b | !c',
      "('x' :* y)",
      "'; DROP TABLE articles; --",
      'foo\\bar',
      '!!!',
      '<script>',
    ])
      expect(parseQuery(hostile)?.simple ?? '').toMatch(/^[\p{L}\p{M}\p{N}'() &|]*$/u);
    expect(parseQuery("'; DROP TABLE articles; --")?.english).toBe("'drop' & 'table' & 'articles'");
    expect(parseQuery("& | ! ( ) : * '")).toBeNull();
    expect(parseQuery('   ')).toBeNull();
    expect(parseQuery('🙂🙂')).toBeNull();
  });

  it('caps the length and says so', () => {
    const parsed = parseQuery('nanning '.repeat(100));
    expect(parsed?.truncated).toBe(true);
    expect(Array.from(parsed!.text).length).toBe(200);
    expect(parseQuery('nanning')?.truncated).toBe(false);
    // short, but more distinct words than a query keeps
    const many = parseQuery('a1 a2 a3 a4 a5 a6 a7 a8 a9 a10 a11 a12 a13');
    expect(many?.truncated).toBe(true);
    expect(many?.english.split(' & ')).toHaveLength(12);
    expect(parseQuery('a1 a2 a3 a4 a5 a6 a7 a8 a9 a10 a11 a12')?.truncated).toBe(false);
  });

  it('matches a word as written or folded, and prefers exact diacritics only when typed', () => {
    expect(parseQuery('Sáng kiến')).toMatchObject({
      simple: "('sáng' | 'sang') & ('kiến' | 'kien')",
      exact: "'sáng' & 'kiến'",
    });
    expect(parseQuery('sang kien')).toMatchObject({ simple: "'sang' & 'kien'", exact: '' });
    expect(parseQuery('南宁倡议')?.simple).toBe("'南宁' & '倡议'");
    expect(parseQuery('人民政府')?.simple).toBe("('人民政府' | ('人民' & '民政' & '政府'))");
  });
});

describe('snippets', () => {
  it('highlights folded, stemmed and Chinese matches as separate text parts', () => {
    expect(snippet('Sáng kiến Nam Ninh được công bố.', ['sang', 'kien'])).toEqual([
      { text: 'Sáng', hit: true },
      { text: ' ', hit: false },
      { text: 'kiến', hit: true },
      { text: ' Nam Ninh được công bố.', hit: false },
    ]);
    expect(snippet('Three agreements were signed.', ['agreement']).filter((p) => p.hit)).toEqual([
      { text: 'agreements', hit: true },
    ]);
    expect(snippet('会议发布了南宁倡议。', ['倡议']).filter((p) => p.hit)).toEqual([
      { text: '倡议', hit: true },
    ]);
  });

  it('cuts a long body around the first match', () => {
    const body = `${'a '.repeat(200)}Nanning ${'b '.repeat(200)}`;
    const parts = snippet(body, ['nanning']);
    expect(parts[0]).toEqual({ text: '…', hit: false });
    expect(parts.at(-1)).toEqual({ text: '…', hit: false });
    expect(parts.some((p) => p.hit && p.text === 'Nanning')).toBe(true);
    expect(parts.map((p) => p.text).join('').length).toBeLessThan(170);
  });

  it('starts and ends a cut passage on word boundaries in spaced scripts', () => {
    const body = `${'lorem ipsumdolor '.repeat(30)}Nanning ${'sitamet consectetur '.repeat(30)}`;
    const text = snippet(body, ['nanning'])
      .map((p) => p.text)
      .join('');
    const inner = text.slice(1, -1).trim(); // without the ellipses
    const known = new Set(['lorem', 'ipsumdolor', 'Nanning', 'sitamet', 'consectetur']);
    expect(inner.split(/\s+/).every((w) => known.has(w))).toBe(true);
  });
});

describe('phrases and terms', () => {
  it('a query of several words is also a phrase, each word as typed or folded', () => {
    expect(parseQuery('thị trưởng')!.phrase).toBe("('thị' | 'thi') <-> ('trưởng' | 'truong')");
    expect(parseQuery('thị trưởng')!.phrases).toEqual([['thi', 'truong']]);
    expect(parseQuery('Vientiane')!.phrase).toBe('');
  });

  it('words naming a term match any of its names; names of several words are phrases to highlight', () => {
    const parsed = parseQuery('CAFTA 2025', [
      { words: ['cafta'], alternatives: ['China–ASEAN Free Trade Area', 'ACFTA'] },
    ])!;
    expect(parsed.simple).toBe(
      "('cafta' | ('china' & 'asean' & 'free' & 'trade' & 'area') | 'acfta') & '2025'",
    );
    expect(parsed.phrases).toContainEqual(['china', 'asean', 'free', 'trade', 'area']);
    expect(parsed.highlight).toContain('acfta');
  });
});
