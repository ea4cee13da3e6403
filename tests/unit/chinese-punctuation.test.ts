import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';

const root = path.join(import.meta.dirname, '..', '..');

/** ASCII , : ; ? ! ( ) touching a Chinese character: Chinese text writes them full-width. */
const halfWidth = /\p{Script=Han}[,:;?!()]|[,:;?!()]\p{Script=Han}/u;

/** Every string under a `zh` key of a content file, with where it is. */
function chineseIn(value: unknown, at: string, inChinese = false): Array<[string, string]> {
  if (typeof value === 'string') return inChinese ? [[at, value]] : [];
  if (Array.isArray(value)) return value.flatMap((v, i) => chineseIn(v, `${at}[${i}]`, inChinese));
  if (value && typeof value === 'object')
    return Object.entries(value).flatMap(([k, v]) => chineseIn(v, `${at}.${k}`, inChinese || k === 'zh'));
  return [];
}

describe('Chinese punctuation', () => {
  it('is full-width in every Chinese text of the launch content', () => {
    const files = readdirSync(path.join(root, 'content'), { recursive: true, encoding: 'utf8' }).filter((f) =>
      f.endsWith('.yaml'),
    );
    expect(files.length).toBeGreaterThan(10);
    const wrong = files.flatMap((file) =>
      chineseIn(parse(readFileSync(path.join(root, 'content', file), 'utf8')), file).filter(([, text]) =>
        halfWidth.test(text),
      ),
    );
    expect(wrong).toEqual([]);
  });

  it('is full-width in the Chinese interface messages', () => {
    const messages = chineseIn(
      JSON.parse(readFileSync(path.join(root, 'messages', 'zh.json'), 'utf8')),
      'zh',
      true,
    );
    expect(messages.length).toBeGreaterThan(100);
    expect(messages.filter(([, text]) => halfWidth.test(text))).toEqual([]);
  });

  it('would notice a half-width comma or parenthesis', () => {
    expect(halfWidth.test('1月16日,市长')).toBe(true);
    expect(halfWidth.test('约合{amount}(据{sources}换算)')).toBe(true);
    expect(halfWidth.test('1月16日，市长（星期四）：“The two sides, supply”')).toBe(false);
  });
});
