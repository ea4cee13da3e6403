import type { Metadata } from 'next';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import type { ReactNode } from 'react';
import { JsonLd } from '@/components/JsonLd';
import { localeParam } from '@/lib/i18n/params';
import type { Locale } from '@/lib/model/locales';
import { everyLanguage } from '@/lib/model/paths';
import { pageMetadata } from '@/lib/seo/metadata';
import * as structuredData from '@/lib/seo/structured-data';

type Props = { params: Promise<{ locale: string }> };
type Section = Parameters<typeof structuredData.sectionPage>[1];

/**
 * The one shape of a section's page (/<locale>/<section>): the section's title and description
 * from its messages, its JSON-LD, and its list. A route is a declaration of these parts.
 */
export function sectionRoute(spec: {
  section: Section;
  /** the messages the title and description come from */
  namespace: 'EventsPage' | 'PeoplePage' | 'CitiesPage' | 'AgreementsPage' | 'SourcesPage';
  render(locale: Locale): Promise<ReactNode>;
}) {
  async function generateMetadata({ params }: Props): Promise<Metadata> {
    const locale = localeParam((await params).locale);
    const t = await getTranslations({ locale, namespace: spec.namespace });
    return pageMetadata({
      locale,
      alternates: everyLanguage(`/${spec.section}`),
      title: t('title'),
      description: t('description'),
    });
  }

  async function Page({ params }: Props) {
    const locale = localeParam((await params).locale);
    setRequestLocale(locale);
    return (
      <>
        <JsonLd nodes={await structuredData.sectionPage(locale, spec.section)} />
        {await spec.render(locale)}
      </>
    );
  }

  return { generateMetadata, Page };
}
