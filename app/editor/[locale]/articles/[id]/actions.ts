'use server';

import { currentActor } from '@/lib/auth/request';
import { saveArticlePhotosAndRefresh, saveMetadataAndRefresh } from '@/lib/editorial/mutations';
import { finish, uiLocale } from '../../form-helpers';
import { str } from '@/lib/http/form-values';
import { newsroom } from '@/lib/model/paths';

/** The report metadata page's action: event, source and mentions. */

export async function metadataAction(form: FormData): Promise<void> {
  const articleId = str(form, 'articleId');
  await finish(newsroom.article(uiLocale(form), articleId), async () => {
    const result = await saveMetadataAndRefresh(await currentActor(), {
      articleId,
      eventId: str(form, 'eventId') || null,
      sourceId: str(form, 'sourceId') || null,
      people: form.getAll('people').map(String),
      cities: form.getAll('cities').map(String),
      agreements: form.getAll('agreements').map(String),
    });
    return result.ok ? 'done=saved' : `error=${result.kind}`;
  });
}

/** The report's photos: the lead photo and each caption slot's photo. */
export async function articlePhotosAction(form: FormData): Promise<void> {
  const articleId = str(form, 'articleId');
  await finish(newsroom.article(uiLocale(form), articleId), async () => {
    const slots = Object.fromEntries(
      [...form.keys()]
        .filter((k) => k.startsWith('photo-'))
        .map((k) => [k.slice('photo-'.length), str(form, k) || null]),
    );
    const result = await saveArticlePhotosAndRefresh(await currentActor(), {
      articleId,
      leadPhotoId: str(form, 'leadPhotoId') || null,
      slots,
    });
    return result.ok ? 'done=photos' : `error=${result.kind}`;
  });
}
