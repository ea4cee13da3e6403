import { describe, expect, it } from 'vitest';
import { config } from '@/proxy';
import { defaultLocale, isLocale, locales, localeTable } from '@/lib/model/locales';

describe('locale table', () => {
  it('keeps URL segment, HTML lang and date locale as separate facts', () => {
    expect(locales).toEqual(['zh', 'en', 'vi']);
    expect(defaultLocale).toBe('zh');
    expect(localeTable.zh).toMatchObject({
      segment: 'zh',
      htmlLang: 'zh-Hans',
      intlLocale: 'zh-CN',
      timeZone: 'Asia/Shanghai',
    });
    expect(localeTable.vi).toMatchObject({ segment: 'vi', htmlLang: 'vi', intlLocale: 'vi-VN' });
    for (const locale of locales) expect(localeTable[locale].segment).toBe(locale);
  });

  it('formats a release time differently in each language, in Nanning time', () => {
    const at = new Date('2025-01-17T13:14:00Z');
    const formatted = locales.map((l) =>
      new Intl.DateTimeFormat(localeTable[l].intlLocale, {
        dateStyle: 'long',
        timeStyle: 'short',
        timeZone: localeTable[l].timeZone,
      }).format(at),
    );
    expect(formatted[0]).toContain('2025年1月17日');
    expect(formatted[1]).toContain('17 January 2025');
    expect(formatted[2]).toMatch(/17 tháng 1,? 2025/);
    for (const text of formatted) expect(text).toContain('21:14');
  });

  it('the proxy matches exactly the locales of the table (Next needs the matcher as a literal)', () => {
    const pattern = config.matcher.find((m) => m.includes(':path*'));
    expect(pattern).toBe(`/(${locales.join('|')})/:path*`);
  });

  it('recognises only the three locales', () => {
    expect(locales.every(isLocale)).toBe(true);
    for (const value of ['xx', 'ZH', 'zh-Hans', '', undefined, 1]) expect(isLocale(value)).toBe(false);
  });
});
