import { getMessages, getTranslations } from 'next-intl/server';
import { entityAction } from '@/app/editor/[locale]/actions';
import { notFound } from 'next/navigation';
import { EntityForm, type EntityField } from '@/components/newsroom/EntityForm';
import { can } from '@/lib/auth/permissions';
import { requireActor } from '@/lib/auth/request';
import { appDb } from '@/lib/db/app-client';
import { pick } from '@/lib/data/localized';
import {
  agreementKinds,
  cityKinds,
  entityTypes,
  hasVariants,
  loadEntity,
  sourceKinds,
  type EntityType,
} from '@/lib/editorial/entities';
import { loadChoices } from '@/lib/editorial/metadata';
import { isLocale, localeTable, locales } from '@/lib/i18n/locales';

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
export default async function EntityPage({ params, searchParams }: Props) {
  const { locale, type, id } = await params;
  if (!isLocale(locale) || !isType(type)) notFound();
  const actor = await requireActor(locale);
  const create = id === 'new';
  const entity = create ? null : await loadEntity(actor, type, id);
  if (!create && !entity) notFound();
  const t = await getTranslations({ locale, namespace: 'Newsroom.entities' });
  const kinds = {
    city: await getTranslations({ locale, namespace: 'CityPage' }),
    agreement: await getTranslations({ locale, namespace: 'AgreementPage' }),
    source: await getTranslations({ locale, namespace: 'SourcesPage' }),
  };
  const messages = await getMessages({ locale });
  const choices = await loadChoices(actor, locale);
  const countries = await appDb().country.findMany({
    include: { translations: true },
    orderBy: { id: 'asc' },
  });
  const done = (await searchParams).done === 'saved';
  const editable = can(actor, 'entities.edit');

  const value = (name: string) => entity?.fields[name] ?? '';
  const none = { value: '', label: t('none') };
  const options = (rows: Array<{ id: string; name: string }>) =>
    rows.map((r) => ({ value: r.id, label: r.name }));
  const fields: EntityField[] = [];
  if (create)
    fields.push({ name: 'id', label: t('id'), kind: 'text', value: '', required: true, help: t('idHelp') });
  for (const l of locales)
    fields.push({
      name: `name-${l}`,
      label: t(type === 'source' ? 'outlet' : 'name', { language: localeTable[l].nativeName }),
      kind: 'text',
      value: entity?.names[l] ?? '',
      lang: localeTable[l].htmlLang,
    });
  if (hasVariants(type))
    for (const l of locales)
      fields.push({
        name: `variants-${l}`,
        label: t('variants', { language: localeTable[l].nativeName }),
        kind: 'textarea',
        value: entity?.variants[l] ?? '',
        lang: localeTable[l].htmlLang,
      });
  switch (type) {
    case 'person':
      fields.push({
        name: 'cityId',
        label: t('cityId'),
        kind: 'select',
        value: value('cityId'),
        options: [none, ...options(choices.cities)],
      });
      break;
    case 'city':
      fields.push(
        {
          name: 'countryId',
          label: t('countryId'),
          kind: 'select',
          value: value('countryId'),
          required: true,
          options: countries.map((c) => ({
            value: c.id,
            label: pick(c.translations, locale, 'name')?.text ?? c.id,
          })),
        },
        {
          name: 'kind',
          label: t('kind'),
          kind: 'select',
          value: value('kind') || 'city',
          options: cityKinds.map((k) => ({ value: k, label: kinds.city('kicker', { kind: k }) })),
        },
        { name: 'latitude', label: t('latitude'), kind: 'number', value: value('latitude'), required: true },
        {
          name: 'longitude',
          label: t('longitude'),
          kind: 'number',
          value: value('longitude'),
          required: true,
        },
      );
      break;
    case 'agreement':
      fields.push(
        {
          name: 'kind',
          label: t('kind'),
          kind: 'select',
          value: value('kind') || 'memorandum',
          options: agreementKinds.map((k) => ({ value: k, label: kinds.agreement('kicker', { kind: k }) })),
        },
        {
          name: 'eventId',
          label: t('eventId'),
          kind: 'select',
          value: value('eventId'),
          options: [none, ...options(choices.events)],
        },
        { name: 'signedOn', label: t('signedOn'), kind: 'date', value: value('signedOn') },
      );
      break;
    case 'source':
      fields.push(
        {
          name: 'kind',
          label: t('kind'),
          kind: 'select',
          value: value('kind') || 'pressRelease',
          options: sourceKinds.map((k) => ({ value: k, label: kinds.source('kind', { kind: k }) })),
        },
        { name: 'releasedOn', label: t('releasedOn'), kind: 'date', value: value('releasedOn') },
        { name: 'reviewers', label: t('reviewers'), kind: 'textarea', value: value('reviewers') },
      );
      break;
    case 'event':
      fields.push(
        {
          name: 'cityId',
          label: t('cityId'),
          kind: 'select',
          value: value('cityId') || 'nanning',
          required: true,
          options: options(choices.cities),
        },
        { name: 'startsOn', label: t('startsOn'), kind: 'date', value: value('startsOn'), required: true },
        { name: 'endsOn', label: t('endsOn'), kind: 'date', value: value('endsOn'), required: true },
      );
      break;
  }
  const heading = create
    ? t(`create.${type}`)
    : (locales.map((l) => entity!.names[l]).find(Boolean) ?? entity!.id);
  return (
    <>
      <p className="text-sm">
        <a className="underline" href={`/editor/${locale}/entities`}>
          {t('heading')}
        </a>
      </p>
      <h1 className="mb-4 text-2xl font-semibold">{heading}</h1>
      {done && (
        <p role="status" className="mb-4 rounded border border-green-300 bg-green-50 p-3 text-green-900">
          {t('saved')}
        </p>
      )}
      {editable ? (
        <EntityForm
          save={entityAction}
          uiLocale={locale}
          type={type}
          create={create}
          fields={fields}
          entityId={entity?.id}
          strings={{
            save: t('save'),
            needsName: t('needsName'),
            errors: { ...messages.Newsroom.errors, idTaken: t('idTaken') },
          }}
        />
      ) : (
        <dl className="max-w-3xl space-y-2">
          {fields.map((f) => (
            <div key={f.name}>
              <dt className="text-sm text-stone-600">{f.label}</dt>
              <dd lang={f.lang} className="whitespace-pre-line">
                {f.options?.find((o) => o.value === f.value)?.label ?? (f.value || t('none'))}
              </dd>
            </div>
          ))}
        </dl>
      )}
    </>
  );
}
