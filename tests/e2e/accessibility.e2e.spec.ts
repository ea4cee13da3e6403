import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';

// Every page type that exists so far, in every locale (WCAG 2.2 A/AA rules).
const pageTypes = {
  home: { zh: '/zh', en: '/en', vi: '/vi' },
  article: {
    zh: '/zh/articles/nanning-changyi-fabu',
    en: '/en/articles/mayors-release-nanning-initiative',
    vi: '/vi/articles/cong-bo-sang-kien-nam-ninh',
  },
  'article side by side': {
    zh: '/zh/articles/liangshan-mangjie-zhihui-kouan/with/en,vi',
    en: '/en/articles/lang-son-mong-cai-smart-border-gates/with/vi',
    vi: '/vi/articles/lang-son-mong-cai-cua-khau-thong-minh/with/zh',
  },
  events: { zh: '/zh/events', en: '/en/events', vi: '/vi/events' },
  event: {
    zh: '/zh/events/global-mayors-dialogue-nanning-2025',
    en: '/en/events/global-mayors-dialogue-nanning-2025',
    vi: '/vi/events/china-asean-mayors-forum-2015',
  },
  people: { zh: '/zh/people', en: '/en/people', vi: '/vi/people' },
  person: {
    zh: '/zh/people/mei-lin',
    en: '/en/people/athsaphangthong-siphandone',
    vi: '/vi/people/hou-gang',
  },
  agreements: { zh: '/zh/agreements', en: '/en/agreements', vi: '/vi/agreements' },
  agreement: {
    zh: '/zh/agreements/cooperation-projects-2025',
    en: '/en/agreements/nanning-initiative-2025',
    vi: '/vi/agreements/nanning-consensus-2015',
  },
  cities: { zh: '/zh/cities', en: '/en/cities', vi: '/vi/cities' },
  city: { zh: '/zh/cities/nanning', en: '/en/cities/mong-cai', vi: '/vi/cities/vientiane' },
  reports: {
    zh: '/zh/articles?city=nanning',
    en: '/en/articles',
    vi: '/vi/articles?event=global-mayors-dialogue-nanning-2025',
  },
  search: {
    zh: '/zh/search?q=%E5%8D%97%E5%AE%81',
    en: '/en/search?q=%E5%80%A1%E8%AE%AE',
    vi: '/vi/search?q=sang+kien+nam+ninh',
  },
  sources: { zh: '/zh/sources', en: '/en/sources', vi: '/vi/sources' },
  about: { zh: '/zh/about', en: '/en/about', vi: '/vi/about' },
  corrections: { zh: '/zh/corrections', en: '/en/corrections', vi: '/vi/corrections' },
  'corrections policy': {
    zh: '/zh/corrections/policy',
    en: '/en/corrections/policy',
    vi: '/vi/corrections/policy',
  },
  'not found': {
    zh: '/zh/articles/no-such-report',
    en: '/en/no/such/page',
    vi: '/vi/articles/2015-china-asean-mayors-forum-nanning-consensus',
  },
} as const;

for (const [type, byLocale] of Object.entries(pageTypes)) {
  for (const [locale, path] of Object.entries(byLocale)) {
    test(`the ${type} page in ${locale} has no serious or critical accessibility violation`, async ({
      page,
    }) => {
      await page.goto(path);
      await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
      for (const scheme of ['light', 'dark'] as const) {
        await page.emulateMedia({ colorScheme: scheme });
        const results = await new AxeBuilder({ page })
          .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'])
          .analyze();
        const serious = results.violations
          .filter((v) => v.impact === 'serious' || v.impact === 'critical')
          .map(
            (v) => `${scheme}: ${v.id} — ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`,
          );
        expect(serious).toEqual([]);
      }
    });
  }
}
