'use server';

import { redirect } from 'next/navigation';
import { currentActor } from '@/lib/auth/request';
import { isEntityType } from '@/lib/editorial/glossary-types';
import type { EntityState } from '@/lib/editorial/form-states';
import { saveEntityAndRefresh } from '@/lib/editorial/mutations';
import { locales } from '@/lib/model/locales';
import { failureOf, refusedState, uiLocale } from '../form-helpers';
import { str } from '@/lib/http/form-values';
import { newsroom } from '@/lib/model/paths';

/** Saves a glossary entry; on an error the form comes back with what was typed. */
export async function entityAction(_previous: EntityState, form: FormData): Promise<EntityState> {
  const values: Record<string, string> = {};
  for (const [key, value] of form.entries())
    if (typeof value === 'string' && !key.startsWith('$')) values[key] = value;
  const type = str(form, 'type');
  const create = str(form, 'create') === 'true';
  let id: string;
  try {
    if (!isEntityType(type)) return { status: 'error', error: 'invalid', fields: ['type'], values };
    const pick = (prefix: string) => Object.fromEntries(locales.map((l) => [l, str(form, `${prefix}-${l}`)]));
    const fields = Object.fromEntries(
      Object.entries(values).filter(([k]) => !['type', 'create', 'uiLocale'].includes(k)),
    );
    const result = await saveEntityAndRefresh(await currentActor(), {
      type,
      create,
      values: { ...fields, names: pick('name'), variants: pick('variants') },
    });
    if (!result.ok) return refusedState(result, values);
    id = result.id;
  } catch (error) {
    return { status: 'error', error: failureOf(error), values };
  }
  redirect(newsroom.entity(uiLocale(form), type, id, 'saved'));
}
