import { getTranslations } from 'next-intl/server';
import { notFound } from 'next/navigation';
import { EntityEditor } from '@/components/newsroom/EntityEditor';
import { can } from '@/lib/auth/permissions';
import { requireActor } from '@/lib/auth/request';
import { entityTypes, loadEntity, type EntityType } from '@/lib/editorial/entities';
import { countryChoices, loadChoices } from '@/lib/editorial/metadata';
import { photoChoices } from '@/lib/media/library';
import { isLocale } from '@/lib/model/locales';
import { entityAction } from '../../actions';

type Props = {
  params: Promise<{ locale: string; type: string; id: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

const isType = (v: string): v is EntityType => (entityTypes as readonly string[]).includes(v);

export async function generateMetadata({ params }: Props) {
  const { locale, type } = await params;
  if (!isLocale(locale) || !isType(type)) return {};
  return { title: (await getTranslations({ locale, namespace: 'Newsroom.entities' }))(`types.${type}`) };
}

/** Create (id "new") or edit one glossary entry. */
export default async function EntityRoute({ params, searchParams }: Props) {
  const { locale, type, id } = await params;
  if (!isLocale(locale) || !isType(type)) notFound();
  const actor = await requireActor(locale);
  const create = id === 'new';
  const entity = create ? null : await loadEntity(actor, type, id);
  if (!create && !entity) notFound();
  return (
    <EntityEditor
      locale={locale}
      type={type}
      create={create}
      entity={entity}
      lists={await loadChoices(actor, locale)}
      countries={await countryChoices(actor, locale)}
      photos={await photoChoices(actor, locale, [entity?.fields.photoId || null])}
      done={(await searchParams).done === 'saved'}
      editable={can(actor, 'entities.edit')}
      save={entityAction}
    />
  );
}
