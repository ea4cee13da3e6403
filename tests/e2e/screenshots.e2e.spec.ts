import { test } from '@playwright/test';

/**
 * Screenshots for a person to look at (issue 18): the pages readers use most, in Chinese and
 * Vietnamese, on a phone and a laptop. Kept in test-results/screenshots/ after the run; nothing is
 * asserted here — the layout's promises are asserted in reader-details.e2e.spec.ts.
 */
const pages = [
  ['home', { zh: '/zh', vi: '/vi' }],
  [
    'side-by-side',
    {
      zh: '/zh/articles/nanning-changyi-fabu/with/vi',
      vi: '/vi/articles/cong-bo-sang-kien-nam-ninh/with/zh',
    },
  ],
  ['person', { zh: '/zh/people/athsaphangthong-siphandone', vi: '/vi/people/athsaphangthong-siphandone' }],
  ['city', { zh: '/zh/cities/lang-son', vi: '/vi/cities/lang-son' }],
  [
    'search',
    {
      zh: `/zh/search?q=${encodeURIComponent('南宁倡议')}`,
      vi: `/vi/search?q=${encodeURIComponent('thị trưởng')}`,
    },
  ],
] as const;

for (const width of [390, 1280])
  test(`screenshots at ${width} px`, async ({ page }) => {
    await page.setViewportSize({ width, height: width === 390 ? 844 : 900 });
    for (const [name, paths] of pages)
      for (const locale of ['zh', 'vi'] as const) {
        await page.goto(paths[locale]);
        await page.screenshot({
          path: `test-results/screenshots/${name}-${locale}-${width}.png`,
          fullPage: true,
        });
      }
  });
