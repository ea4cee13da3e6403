'use server';

import { redirect } from 'next/navigation';
import { currentActor } from '@/lib/auth/request';
import type { PhotoState } from '@/lib/editorial/form-states';
import { savePhotoAndRefresh } from '@/lib/editorial/mutations';
import { str } from '@/lib/http/form-values';
import { locales } from '@/lib/model/locales';
import { newsroom } from '@/lib/model/paths';
import { failureOf, refusedState, uiLocale } from '../form-helpers';

/** Saves a photo's credit, date taken, focal point and texts; back to the photo on success. */
export async function savePhotoAction(_previous: PhotoState, form: FormData): Promise<PhotoState> {
  const id = str(form, 'id');
  const values = Object.fromEntries(
    [...form.entries()].filter(([, v]) => typeof v === 'string').map(([k, v]) => [k, String(v)]),
  );
  try {
    const result = await savePhotoAndRefresh(await currentActor(), id, {
      credit: str(form, 'credit'),
      takenAt: str(form, 'takenAt'),
      focalX: str(form, 'focalX'),
      focalY: str(form, 'focalY'),
      text: Object.fromEntries(
        locales.map((l) => [l, { caption: str(form, `caption-${l}`), alt: str(form, `alt-${l}`) }]),
      ),
    });
    if (!result.ok) return refusedState(result, values);
  } catch (error) {
    return { status: 'error', error: failureOf(error), values };
  }
  redirect(newsroom.photo(uiLocale(form), id, 'saved'));
}
