import { getTranslations } from 'next-intl/server';
import { EntityForm, type EntityField } from '@/components/newsroom/EntityForm';
import type { EntityState } from '@/lib/editorial/form-states';
import { hasVariants, type EntityType, type loadEntity } from '@/lib/editorial/entities';
import { glossaryTypes } from '@/lib/editorial/glossary-types';
import type { loadChoices, Option } from '@/lib/editorial/metadata';
import type { PhotoChoice } from '@/lib/media/library';
import { localeTable, locales, type Locale } from '@/lib/model/locales';
import { newsroom } from '@/lib/model/paths';

type Props = {
  locale: Locale;
  type: EntityType;
  /** a new entry (its id is chosen in the form) */
  create: boolean;
  entity: Awaited<ReturnType<typeof loadEntity>>;
  lists: Awaited<ReturnType<typeof loadChoices>>;
  countries: Option[];
  /** the library's photos a portrait or a page's photo is chosen from */
  photos: PhotoChoice[];
  /** the last save succeeded */
  done: boolean;
  /** the signed-in editor may change the glossary; everyone else reads it */
  editable: boolean;
  /** the server action (app/editor/[locale]/entities/actions.ts), handed down by the page */
  save: (state: EntityState, form: FormData) => Promise<EntityState>;
};

/** One glossary entry's form (or, for a reader of the glossary, its fields). */
export async function EntityEditor({
  locale,
  type,
  create,
  entity,
  lists,
  countries,
  photos,
  done,
  editable,
  save,
}: Props) {
  const t = await getTranslations({ locale, namespace: 'Newsroom.entities' });
  const all = await getTranslations({ locale });

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
  // the type's own fields, as lib/editorial/glossary-types.ts declares them
  for (const f of glossaryTypes[type].fields) {
    let choices: Array<{ value: string; label: string }> | undefined;
    if (f.options === 'cities') choices = options(lists.cities);
    else if (f.options === 'events') choices = options(lists.events);
    else if (f.options === 'countries') choices = options(countries);
    else if (f.options === 'photos') choices = photos.map((p) => ({ value: p.id, label: p.label }));
    else if (f.options) {
      const label = f.options.label;
      choices = f.options.values.map((k) => ({ value: k, label: all(label, { kind: k }) }));
    }
    fields.push({
      name: f.name,
      label: t(f.name),
      kind: f.kind,
      value: value(f.name) || (create ? (f.initial ?? '') : ''),
      required: f.required,
      ...(choices
        ? {
            // a reference that may be left out (a person's city, a page's photo) can be "none"
            options: f.required || !f.references ? choices : [none, ...choices],
          }
        : {}),
    });
  }
  const heading = create
    ? t(`create.${type}`)
    : (locales.map((l) => entity!.names[l]).find(Boolean) ?? entity!.id);
  return (
    <>
      <p className="text-sm">
        <a className="underline" href={newsroom.entities(locale)}>
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
          save={save}
          uiLocale={locale}
          type={type}
          create={create}
          fields={fields}
          entityId={entity?.id}
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
