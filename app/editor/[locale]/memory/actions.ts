'use server';

import { currentActor } from '@/lib/auth/request';
import { importTmxLogged } from '@/lib/editorial/mutations';
import { newsroom } from '@/lib/model/paths';
import { finish, uiLocale } from '../form-helpers';

/** An agency's TMX file into the translation memory; the outcome comes back on the memory page. */
export async function importTmxAction(form: FormData): Promise<void> {
  await finish(newsroom.memory(uiLocale(form)), async () => {
    const file = form.get('file');
    // who may import is checked first, then the file
    const xml = file instanceof File ? await file.text() : '';
    const result = await importTmxLogged(await currentActor(), xml);
    return result.ok
      ? `done=imported&units=${result.units}&added=${result.added}`
      : `error=${result.problem.kind}`;
  });
}
