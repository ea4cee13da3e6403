import type { Metadata } from 'next';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { notFound } from 'next/navigation';
import type { ReactNode } from 'react';
import { JsonLd } from '@/components/JsonLd';
import { localeParam } from '@/lib/i18n/params';
import type { EntityKind } from '@/lib/model/kinds';
import type { Localized } from '@/lib/model/localized';
import { largeRendition, type PhotoView } from '@/lib/model/photos';
import type { Locale } from '@/lib/model/locales';
import { entityMetadata } from '@/lib/seo/metadata';
import * as structuredData from '@/lib/seo/structured-data';

type Props = { params: Promise<{ locale: string; id: string }> };
type Seo = Awaited<ReturnType<typeof getTranslations<'Seo'>>>;

/**
 * The one shape of an entity's page (/<locale>/<segment>/<id>): its data or a 404, its metadata,
 * its JSON-LD with the breadcrumbs, and its component. A route is a declaration of these parts.
 */
/** What every entity page has: its id, its name, and perhaps its photo (a portrait …). */
type Entity = { id: string; name: Localized; photo?: PhotoView | null };

export type EntityPageSpec<T extends Entity> = {
  kind: EntityKind;
  load(locale: Locale, id: string): Promise<T | null>;
  /** the page's description (and Open Graph type), from the Seo messages */
  describe(entity: T, seo: Seo): { description: string; type?: 'profile' };
  /** the entity's own JSON-LD node (lib/seo/structured-data.ts) */
  jsonLd(entity: T): Record<string, unknown>;
  render(entity: T, locale: Locale): ReactNode | Promise<ReactNode>;
};

/** An entity route's exports, for a page file to hand on (or a dynamic route to choose between). */
export type EntityRoute = {
  generateMetadata(props: Props): Promise<Metadata>;
  Page(props: Props): Promise<ReactNode>;
};

export function entityRoute<T extends Entity>(spec: EntityPageSpec<T>): EntityRoute {
  async function generateMetadata({ params }: Props): Promise<Metadata> {
    const { id, ...rest } = await params;
    const locale = localeParam(rest.locale);
    const entity = await spec.load(locale, id);
    if (!entity) return {};
    const seo = await getTranslations({ locale, namespace: 'Seo' });
    return entityMetadata(locale, spec.kind, entity.id, {
      title: entity.name.text,
      ...spec.describe(entity, seo),
      // its photo for link previews, where it has one
      ...(entity.photo && {
        image: {
          ...largeRendition(entity.photo, 'wide'),
          alt: entity.photo.alt[locale] ?? entity.name.text,
          type: 'image/jpeg',
        },
      }),
    });
  }

  async function Page({ params }: Props) {
    const { id, ...rest } = await params;
    const locale = localeParam(rest.locale);
    setRequestLocale(locale);
    const entity = await spec.load(locale, id);
    if (!entity) notFound();
    const nodes = [
      spec.jsonLd(entity),
      await structuredData.entityBreadcrumbs(locale, spec.kind, entity.id, entity.name.text),
    ];
    return (
      <>
        <JsonLd nodes={nodes} />
        {await spec.render(entity, locale)}
      </>
    );
  }

  return { generateMetadata, Page };
}
