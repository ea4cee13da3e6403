import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isBadAddress, languageOf, refusalPage } from '@/lib/server/bad-address';

describe('addresses the portal cannot read', () => {
  it('are those with broken percent-encoding or control characters', () => {
    for (const url of [
      '/zh/%zz',
      '/en/articles/%c3%28',
      '/en/cities/a%',
      '/vi/%00',
      '/zh/%E4%B8',
      '/en/%0A',
      '/%ff',
      '/zh/%3B_o/%25',
      '/en/%25zz',
    ])
      expect(isBadAddress(url), url).toBe(true);
  });

  it('not readable ones, encoded or not, nor anything in the query', () => {
    for (const url of [
      '/zh',
      '/vi/articles/cong-bo-sang-kien-nam-ninh',
      '/zh/search?q=%E5%8D%97%E5%AE%81',
      '/en/search?q=%zz',
      '/vi/search?q=th%E1%BB%8B%20tr%C6%B0%E1%BB%9Fng',
      '/en/articles/a%2Fb',
    ])
      expect(isBadAddress(url), url).toBe(false);
  });

  it('never throws, whatever the address (1,000 generated)', () => {
    fc.assert(
      fc.property(
        fc.string({ unit: fc.constantFrom('/', '%', 'a', '0', 'f', 'z', 'é', '?', '#', 'C3', '28') }),
        (s) => {
          expect(typeof isBadAddress(`/${s}`)).toBe('boolean');
        },
      ),
      { numRuns: 1000, seed: 20261202 },
    );
  });
});

describe('the 400 page', () => {
  it('answers in the address’s language, else the reader’s, else Chinese', () => {
    expect(languageOf('/vi/%zz', 'en')).toBe('vi');
    expect(languageOf('/%zz', 'en-GB,en;q=0.9')).toBe('en');
    expect(languageOf('/%zz', undefined)).toBe('zh');
    expect(languageOf('/editor/en/login', 'vi')).toBe('en');
  });

  it('says so in that language, with its lang attribute and a way home', () => {
    expect(refusalPage('vi')).toContain('<html lang="vi">');
    expect(refusalPage('vi')).toContain('Địa chỉ không hợp lệ');
    expect(refusalPage('zh')).toContain('<html lang="zh-Hans">');
    expect(refusalPage('zh')).toContain('href="/zh"');
    expect(refusalPage('en')).not.toContain('<script');
    expect(refusalPage('vi', 'form')).toContain('Không đọc được biểu mẫu này');
    expect(refusalPage('zh', 'origin')).toContain('表单来自其他网站');
    // an address in no language: the page says it in all three, each part in its own language
    const anywhere = refusalPage(null, 'notFound');
    expect(anywhere).toContain('<html lang="zh-Hans">');
    for (const part of [
      '<section lang="zh-Hans"><h1>页面不存在',
      '<section lang="en"><h1>Page not found',
      '<section lang="vi">',
    ])
      expect(anywhere).toContain(part);
  });
});
