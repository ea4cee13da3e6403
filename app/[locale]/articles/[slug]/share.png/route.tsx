import { getTranslations } from 'next-intl/server';
import { ImageResponse } from 'next/og';
import { getArticle } from '@/lib/data/articles';
import { formatDateTime } from '@/lib/i18n/format';
import { isLocale, localeTable } from '@/lib/model/locales';
import { shareImageSize } from '@/lib/seo/metadata';
import { shareFonts } from '@/lib/seo/share-fonts';
import { cachePolicy } from '@/lib/http/cache-policy';

type Context = { params: Promise<{ locale: string; slug: string }> };

// Rendered on the first request for an article and language, then served from the cache.
export const dynamic = 'force-static';

export function generateStaticParams() {
  return [];
}

/** The Open Graph / X image of a report in one language: outlet, event, headline, date. */
export async function GET(_request: Request, { params }: Context) {
  const { locale: segment, slug } = await params;
  if (!isLocale(segment)) return new Response(null, { status: 404 });
  const locale = segment;
  const article = await getArticle(locale, slug);
  if (!article) return new Response(null, { status: 404 });

  const site = await getTranslations({ locale, namespace: 'Metadata' });
  const fonts = await shareFonts();
  const family = locale === 'zh' ? '"Noto Sans SC", "Noto Sans"' : '"Noto Sans", "Noto Sans SC"';
  const date = formatDateTime(locale, article.publishedAt, { dateStyle: 'long' });
  const long = [...article.title].length > (locale === 'zh' ? 34 : 80);

  return new ImageResponse(
    <div
      style={{
        width: '100%',
        height: '100%',
        display: 'flex',
        flexDirection: 'column',
        justifyContent: 'space-between',
        padding: '64px 72px',
        background: '#fbfaf7',
        color: '#1c1f24',
        fontFamily: family,
        borderTop: '16px solid #8a1c1c',
      }}
    >
      <div style={{ display: 'flex', flexDirection: 'column' }}>
        <div style={{ fontSize: 30, fontWeight: 700, color: '#8a1c1c' }}>{site('siteName')}</div>
        {article.event && (
          <div style={{ marginTop: 12, fontSize: 28, color: '#5b6270' }}>{article.event.name.text}</div>
        )}
      </div>
      <div style={{ display: 'flex', fontSize: long ? 50 : 62, fontWeight: 700, lineHeight: 1.25 }}>
        {article.title}
      </div>
      <div style={{ display: 'flex', justifyContent: 'space-between', fontSize: 26, color: '#5b6270' }}>
        <div>{date}</div>
        <div>{localeTable[locale].nativeName}</div>
      </div>
    </div>,
    {
      ...shareImageSize,
      fonts: fonts.map(({ name, data, weight, style }) => ({ name, data, weight, style })),
      headers: { 'Cache-Control': cachePolicy.image },
    },
  );
}
