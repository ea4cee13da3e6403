/**
 * The one locale table. Everything that differs by language is decided here, as separate fields:
 * the URL segment is not the HTML `lang` (zh → zh-Hans), and neither is the date locale.
 * Add a language by adding a row here, a messages file, and the enum value in prisma/schema.prisma.
 */
export const locales = ['zh', 'en', 'vi'] as const;

export type Locale = (typeof locales)[number];

export const defaultLocale: Locale = 'zh';

export type LocaleConfig = {
  /** first segment of every URL: /zh/…, /en/…, /vi/… */
  segment: Locale;
  /** value of <html lang> and of `lang` on text in this language (BCP 47) */
  htmlLang: string;
  /** locale handed to Intl for dates and numbers */
  intlLocale: string;
  /** Open Graph locale */
  ogLocale: string;
  /** PostgreSQL's ICU collation that sorts names as this language does (lists by name) */
  collation: string;
  /** language code of Google News sitemaps and RSS (ISO 639, with zh-cn / zh-tw for Chinese) */
  newsLanguage: string;
  /** zone in which event and release times are shown; the events happen in Nanning */
  timeZone: string;
  /** how this language's readers name `timeZone` beside a time ("北京时间", "giờ Bắc Kinh") */
  timeZoneName: string;
  /** how a day is written next to a time of day: Vietnamese news writes "22:00 ngày 16/1/2025" */
  dayBesideTime: Intl.DateTimeFormatOptions;
  /** the language's own name, for the language switcher */
  nativeName: string;
  /** system font stack that covers the script (no downloaded fonts; see docs/decisions) */
  fontStack: string;
};

const latinStack =
  'system-ui, -apple-system, "Segoe UI", Roboto, "Noto Sans", "Helvetica Neue", Arial, sans-serif';

export const localeTable: Record<Locale, LocaleConfig> = {
  zh: {
    segment: 'zh',
    htmlLang: 'zh-Hans',
    intlLocale: 'zh-CN',
    ogLocale: 'zh_CN',
    collation: 'zh-x-icu',
    newsLanguage: 'zh-cn',
    timeZone: 'Asia/Shanghai',
    timeZoneName: '北京时间',
    dayBesideTime: { year: 'numeric', month: 'long', day: 'numeric' },
    nativeName: '中文',
    fontStack:
      'system-ui, -apple-system, "PingFang SC", "Hiragino Sans GB", "Microsoft YaHei", "Noto Sans CJK SC", "Source Han Sans SC", "WenQuanYi Micro Hei", sans-serif',
  },
  en: {
    segment: 'en',
    htmlLang: 'en',
    intlLocale: 'en-GB',
    ogLocale: 'en_US',
    collation: 'en-x-icu',
    newsLanguage: 'en',
    timeZone: 'Asia/Shanghai',
    timeZoneName: 'Beijing time',
    dayBesideTime: { year: 'numeric', month: 'long', day: 'numeric' },
    nativeName: 'English',
    fontStack: latinStack,
  },
  vi: {
    segment: 'vi',
    htmlLang: 'vi',
    intlLocale: 'vi-VN',
    ogLocale: 'vi_VN',
    collation: 'vi-x-icu',
    newsLanguage: 'vi',
    timeZone: 'Asia/Shanghai',
    timeZoneName: 'giờ Bắc Kinh',
    dayBesideTime: { year: 'numeric', month: 'numeric', day: 'numeric' },
    nativeName: 'Tiếng Việt',
    fontStack: latinStack,
  },
};

export function isLocale(value: unknown): value is Locale {
  return typeof value === 'string' && (locales as readonly string[]).includes(value);
}
