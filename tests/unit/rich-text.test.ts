import { describe, expect, it } from 'vitest';
import { parseMarkup, plainText, toMarkup } from '@/lib/model/rich-text';

describe('paragraph markup', () => {
  it('turns strong, emphasis and links into runs', () => {
    expect(
      parseMarkup('The **Nanning Initiative** was *released* at [NNICC](https://example.org/a).'),
    ).toEqual([
      { text: 'The ' },
      { text: 'Nanning Initiative', marks: ['strong'] },
      { text: ' was ' },
      { text: 'released', marks: ['em'] },
      { text: ' at ' },
      { text: 'NNICC', href: 'https://example.org/a' },
      { text: '.' },
    ]);
  });

  it('nests emphasis inside a link and strong inside emphasis', () => {
    expect(parseMarkup('[*南宁* 倡议](/zh/agreements/nanning-initiative-2025)')).toEqual([
      { text: '南宁', marks: ['em'], href: '/zh/agreements/nanning-initiative-2025' },
      { text: ' 倡议', href: '/zh/agreements/nanning-initiative-2025' },
    ]);
    expect(parseMarkup('*a **b** c*')).toEqual([
      { text: 'a ', marks: ['em'] },
      { text: 'b', marks: ['em', 'strong'] },
      { text: ' c', marks: ['em'] },
    ]);
  });

  it.each([
    '<script>alert(1)</script>',
    '<img src=x onerror=alert(1)>',
    '[click](javascript:alert(1))',
    '[click](//evil.example/x)',
    '[click](data:text/html,<b>x</b>)',
  ])('keeps %s as literal text, never as markup or a link', (payload) => {
    const runs = parseMarkup(payload);
    expect(runs.every((r) => r.href === undefined)).toBe(true);
    expect(plainText(runs)).toBe(payload);
  });

  it('leaves unbalanced markers as they are and honours escapes', () => {
    expect(parseMarkup('5 * 3 = 15')).toEqual([{ text: '5 * 3 = 15' }]);
    expect(parseMarkup('\\*not emphasis\\*')).toEqual([{ text: '*not emphasis*' }]);
  });

  it.each([
    'plain Tiếng Việt có dấu',
    'a **b** *c* [d](https://e.org/f) \\ g',
    'literal * and [ brackets ] and \\*',
  ])('round-trips %s through runs and back', (text) => {
    const runs = parseMarkup(text);
    expect(parseMarkup(toMarkup(runs))).toEqual(runs);
  });
});

describe('bold italic', () => {
  it('reads ***both*** as both marks', () => {
    expect(parseMarkup('***Nanning***')).toEqual([{ text: 'Nanning', marks: ['strong', 'em'] }]);
  });
});
