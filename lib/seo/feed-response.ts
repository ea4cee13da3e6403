import 'server-only';
import { getTranslations } from 'next-intl/server';
import { newestIn } from '../data/published';
import { isLocale } from '../model/locales';
import { atomXml, rssXml } from './feeds';
import { siteOrigin } from './site';
import { xmlResponse } from './xml';

const formats = {
  rss: { render: rssXml, contentType: 'application/rss+xml' },
  atom: { render: atomXml, contentType: 'application/atom+xml' },
} as const;

/** The feed of the newest reports in the language of a URL segment; 404 for an unknown one. */
export async function feedResponse(segment: string, format: keyof typeof formats): Promise<Response> {
  if (!isLocale(segment)) return new Response('Not found', { status: 404 });
  const t = await getTranslations({ locale: segment, namespace: 'Seo' });
  const { render, contentType } = formats[format];
  const feed = render({
    locale: segment,
    origin: siteOrigin(),
    title: t('feedTitle'),
    description: t('feedDescription'),
    items: await newestIn(segment, 30),
  });
  return xmlResponse(feed, contentType);
}
