'use server';

import { redirect } from 'next/navigation';
import { currentActor } from '@/lib/auth/request';
import type { ImportFields, ImportState } from '@/lib/editorial/form-states';
import { previewRelease } from '@/lib/editorial/import';
import { suggestedOutlet, suggestIds } from '@/lib/editorial/import/ids';
import { problemOf } from '@/lib/editorial/import/parse';
import { importDraft } from '@/lib/editorial/mutations';
import { locales, type Locale } from '@/lib/model/locales';
import { failureOf, uiLocale } from '../form-helpers';
import { str } from '@/lib/http/form-values';
import { newsroom } from '@/lib/model/paths';

/**
 * Import, in two steps on one form: "preview" parses the pasted text and shows what would be
 * created; "create" parses it again and creates the draft (then opens its original version).
 * Every answer carries the editor's own input back, so nothing typed is lost on an error.
 */
export async function importAction(_previous: ImportState, form: FormData): Promise<ImportState> {
  // "keep:12" brings dropped line 12 back as text, "drop:12" leaves it out again; "join:12" joins
  // line 12 to the paragraph above, "split:12" starts a paragraph there; "unjoin:"/"unsplit:" undo
  const intent = str(form, 'intent');
  const toggled = /^(keep|drop|join|unjoin|split|unsplit):(\d{1,6})$/.exec(intent);
  const lines = (name: string) =>
    new Set(
      form
        .getAll(name)
        .map(Number)
        .filter((n) => Number.isInteger(n) && n > 0),
    );
  const kept = lines('keep');
  const joined = lines('join');
  const split = lines('split');
  const line = Number(toggled?.[2]);
  if (toggled?.[1] === 'keep') kept.add(line);
  if (toggled?.[1] === 'drop') kept.delete(line);
  if (toggled?.[1] === 'join') {
    joined.add(line);
    split.delete(line);
  }
  if (toggled?.[1] === 'unjoin') joined.delete(line);
  if (toggled?.[1] === 'split') {
    split.add(line);
    joined.delete(line);
  }
  if (toggled?.[1] === 'unsplit') split.delete(line);
  const sorted = (set: Set<number>) => [...set].sort((a, b) => a - b).slice(0, 1000);
  const fields: ImportFields = {
    text: str(form, 'text'),
    articleId: str(form, 'articleId'),
    slugs: Object.fromEntries(locales.map((l) => [l, str(form, `slug-${l}`)]).filter(([, v]) => v)),
    eventId: str(form, 'eventId'),
    sourceId: str(form, 'sourceId'),
    titles: Object.fromEntries(locales.map((l) => [l, str(form, `title-${l}`)]).filter(([, v]) => v)),
    outlet: str(form, 'outlet'),
    keep: sorted(kept),
    join: sorted(joined),
    split: sorted(split),
    bylines: Object.fromEntries(
      locales.filter((l) => form.has(`byline-${l}`)).map((l) => [l, str(form, `byline-${l}`)]),
    ),
  };
  let created: { articleId: string; originalLocale: Locale };
  try {
    const actor = await currentActor();
    const preview = await previewRelease(actor, fields.text, fields);
    if (!preview.ok) return { status: 'error', error: 'unreadable', problem: problemOf(preview), fields };
    if (intent !== 'create') {
      // a first preview suggests ids, the event and the source; later ones keep what the editor chose
      const first = !fields.articleId;
      const suggested = suggestIds(preview);
      // the bylines the release prints, until the editor has the fields to change them
      const bylines = form.has('bylineFields') ? fields.bylines : preview.metadata.bylines;
      return {
        status: 'preview',
        preview,
        fields: first
          ? {
              ...fields,
              articleId: suggested.articleId,
              slugs: suggested.slugs,
              eventId: preview.eventId ?? '',
              outlet: suggestedOutlet(preview),
              // a new source when the release prints an outlet or a time, or its byline leads to
              // one (本报记者 → 本报); a byline alone with no outlet to name leaves it to the editor
              sourceId:
                preview.sourceId ??
                (preview.metadata.outlet || preview.metadata.releasedAt || suggestedOutlet(preview)
                  ? 'new'
                  : ''),
              bylines,
            }
          : { ...fields, slugs: { ...suggested.slugs, ...fields.slugs }, bylines },
      };
    }
    const result = await importDraft(actor, {
      text: fields.text,
      articleId: fields.articleId,
      slugs: fields.slugs,
      eventId: fields.eventId || null,
      sourceId: fields.sourceId || null,
      titles: fields.titles,
      outlet: fields.outlet,
      keep: fields.keep,
      join: fields.join,
      split: fields.split,
      ...(form.has('bylineFields') ? { bylines: fields.bylines } : {}),
    });
    if (!result.ok)
      return {
        status: 'error',
        error: result.kind,
        fields,
        preview,
        invalid: result.kind === 'invalid' ? result.fields : undefined,
        locale: result.kind === 'slugTaken' ? result.locale : undefined,
      };
    created = result;
  } catch (error) {
    return { status: 'error', error: failureOf(error), fields };
  }
  redirect(newsroom.version(uiLocale(form), created.articleId, created.originalLocale, 'imported'));
}
