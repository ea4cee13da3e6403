'use client';

import { useTranslations } from 'next-intl';
import { useActionState } from 'react';
import { formatList } from '@/lib/i18n/format';
import { isLocale } from '@/lib/model/locales';
import type { EntityState } from '@/lib/editorial/form-states';

/** One input of a glossary form, described by the server page (labels already localized). */
export type EntityField = {
  name: string;
  label: string;
  kind: 'text' | 'number' | 'date' | 'select' | 'textarea';
  value: string;
  required?: boolean;
  help?: string;
  lang?: string;
  options?: Array<{ value: string; label: string }>;
};

type Props = {
  /** the server action (app/editor/[locale]/actions.ts), handed down by the page */
  save: (state: EntityState, form: FormData) => Promise<EntityState>;
  uiLocale: string;
  type: string;
  create: boolean;
  fields: EntityField[];
  /** an existing entry's id (it never changes: links and content files point at it) */
  entityId?: string;
};

/** The input behind an error path: names.zh → name-zh, variants.vi.0 → variants-vi, kind → kind. */
const fieldOf = (path: string) => {
  const [head, locale] = path.split('.');
  if (head === 'names') return `name-${locale}`;
  if (head === 'variants') return `variants-${locale}`;
  return head;
};

/** The glossary edit form: generic inputs, and the editor's input kept when a save is refused. */
export function EntityForm({ save, uiLocale, type, create, entityId, fields }: Props) {
  const t = useTranslations('Newsroom.entities');
  const te = useTranslations('Newsroom.errors');
  const [state, action, pending] = useActionState<EntityState, FormData>(save, { status: 'idle' });
  const typed = state.status === 'error' ? state.values : undefined;
  const invalid = new Set(state.status === 'error' ? (state.fields ?? []).map(fieldOf) : []);
  const control = 'mt-1 block w-full rounded border bg-white px-2 py-1';
  const errorText = (error: string) => {
    if (error === 'idTaken') return t('idTaken');
    // the labels the editor sees, not the field keys
    const labels = formatList(
      isLocale(uiLocale) ? uiLocale : 'en',
      (state.status === 'error' ? (state.fields ?? []) : []).map(
        (k) => fields.find((f) => f.name === fieldOf(k))?.label ?? k,
      ),
      'enumeration',
    );
    const key = error as Parameters<typeof te>[0];
    return key === 'invalid' ? te('invalid', { fields: labels }) : te.has(key) ? te(key) : te('unexpected');
  };
  return (
    <form action={action} className="max-w-3xl space-y-3">
      <input type="hidden" name="uiLocale" value={uiLocale} />
      <input type="hidden" name="type" value={type} />
      <input type="hidden" name="create" value={String(create)} />
      {entityId && <input type="hidden" name="id" value={entityId} />}
      {state.status === 'error' && (
        <p role="alert" className="rounded border border-red-300 bg-red-50 p-3 text-red-900">
          {state.fields?.includes('names') ? t('needsName') : errorText(state.error)}
        </p>
      )}
      {fields.map((f) => {
        const value = typed?.[f.name] ?? f.value;
        const bad = invalid.has(f.name);
        const common = {
          name: f.name,
          defaultValue: value,
          required: f.required,
          lang: f.lang,
          'aria-invalid': bad || undefined,
          className: `${control} ${bad ? 'border-red-600' : 'border-stone-400'}`,
        };
        return (
          <label key={f.name} className="block">
            {f.label}
            {f.kind === 'select' ? (
              <select {...common}>
                {f.options!.map((o) => (
                  <option key={o.value} value={o.value}>
                    {o.label}
                  </option>
                ))}
              </select>
            ) : f.kind === 'textarea' ? (
              <textarea {...common} rows={3} />
            ) : (
              <input {...common} type={f.kind} step={f.kind === 'number' ? 'any' : undefined} />
            )}
            {f.help && <span className="text-sm text-stone-600">{f.help}</span>}
          </label>
        );
      })}
      <button className="rounded border border-stone-600 bg-white px-4 py-1.5 font-medium" disabled={pending}>
        {t('save')}
      </button>
    </form>
  );
}
