'use server';

import { refresh } from 'next/cache';
import { redirect } from 'next/navigation';
import { audit } from '@/lib/auth/audit';
import { changeRole, createEditor, logIn } from '@/lib/auth/accounts';
import { Forbidden, NotSignedIn } from '@/lib/auth/permissions';
import {
  clearSessionCookie,
  clientAddress,
  currentActor,
  sessionToken,
  setSessionCookie,
} from '@/lib/auth/request';
import { endSession } from '@/lib/auth/sessions';
import { glossaryFlags } from '@/lib/editorial/glossary';
import { previewRelease } from '@/lib/editorial/import';
import { suggestedOutlet, suggestIds } from '@/lib/editorial/import/ids';
import { problemOf } from '@/lib/editorial/import/parse';
import { entityTypes, type EntityType } from '@/lib/editorial/entities';
import type { EntityState, Failure, ImportFields, ImportState, SaveState } from '@/lib/editorial/form-states';
import { versionInputFrom } from '@/lib/editorial/version-form';
import {
  importDraft,
  restoreRevisionAndRefresh,
  saveEntityAndRefresh,
  saveMetadataAndRefresh,
  saveVersionAndRefresh,
  transitionAndRefresh,
} from '@/lib/editorial/mutations';
import { zonedTimeToUtc } from '@/lib/editorial/time';
import { isLocale, localeTable, locales, type Locale } from '@/lib/i18n/locales';

/**
 * The newsroom's server actions. Each one reads the session itself and hands the actor to a
 * function in lib/auth or lib/editorial that authorizes it; Next checks the Origin of every
 * action request against the host (CSRF), and the body size is capped in next.config.ts.
 */

const str = (form: FormData, name: string) => {
  const v = form.get(name);
  return typeof v === 'string' ? v : '';
};
const uiLocale = (form: FormData): Locale => {
  const v = str(form, 'uiLocale');
  return isLocale(v) ? v : 'zh';
};

function failureOf(error: unknown): Failure {
  if (error instanceof NotSignedIn) return 'signedOut';
  if (error instanceof Forbidden) return 'forbidden';
  console.error('[newsroom]', error);
  return 'unexpected';
}

export async function loginAction(form: FormData): Promise<void> {
  const locale = uiLocale(form);
  const email = str(form, 'email');
  const password = str(form, 'password');
  if (!email || !password) redirect(`/editor/${locale}/login?error=missing`);
  const result = await logIn(email, password, await clientAddress());
  if (!result.ok) redirect(`/editor/${locale}/login?error=${result.reason}`);
  await setSessionCookie(result.token);
  redirect(`/editor/${locale}`);
}

export async function logoutAction(form: FormData): Promise<void> {
  const locale = uiLocale(form);
  const actor = await currentActor();
  await endSession(await sessionToken());
  await clearSessionCookie();
  if (actor) await audit({ actorId: actor.id, action: 'logout', address: await clientAddress() });
  redirect(`/editor/${locale}/login`);
}

export async function saveAction(previous: SaveState, form: FormData): Promise<SaveState> {
  const { input, unresolved } = versionInputFrom(form);
  const yours = {
    slug: input.slug,
    title: input.title,
    standfirst: input.standfirst,
    paragraphs: input.paragraphs.map((p) => ({
      key: p.key,
      kind: p.kind ?? 'paragraph',
      markup: p.text,
      outdated: false,
    })),
  };
  const baseRevision = Number(input.baseRevision) || 0;
  if (unresolved.length)
    return {
      status: 'error',
      error: 'unresolved',
      baseRevision,
      conflict: previous.status === 'error' ? previous.conflict : undefined,
      yours,
    };
  try {
    const result = await saveVersionAndRefresh(await currentActor(), input);
    if (result.ok) {
      if (!result.unchanged) refresh(); // the page around the form shows the new revision and history
      const flags = await glossaryFlags(
        input.articleId,
        input.locale,
        input.paragraphs.map((p) => p.text),
      );
      return {
        status: 'saved',
        revision: result.revision,
        flags,
        unchanged: result.unchanged,
        mergedIn: result.mergedIn,
        dropped: result.dropped,
      };
    }
    return {
      status: 'error',
      error: result.kind,
      fields: result.kind === 'invalid' ? result.fields : undefined,
      baseRevision,
      conflict: result.kind === 'conflict' ? result : undefined,
      yours,
    };
  } catch (error) {
    return { status: 'error', error: failureOf(error), baseRevision, yours };
  }
}

/** Runs a form's work, then goes back to `path` with the outcome as query parameters. */
async function finish(path: string, work: () => Promise<string>): Promise<never> {
  let outcome: string;
  try {
    outcome = await work();
  } catch (error) {
    outcome = `error=${failureOf(error)}`;
  }
  redirect(`${path}?${outcome}`);
}

/** The newsroom page of the version a workflow or restore form acted on. */
function versionPage(form: FormData): { path: string; articleId: string; lang: Locale } {
  const articleId = str(form, 'articleId');
  const value = str(form, 'locale');
  const lang = isLocale(value) ? value : 'zh';
  return {
    path: `/editor/${uiLocale(form)}/articles/${encodeURIComponent(articleId)}/${lang}`,
    articleId,
    lang,
  };
}

/** Workflow buttons: the result comes back as a query parameter on the version page. */
export async function transitionAction(form: FormData): Promise<void> {
  const { path, articleId } = versionPage(form);
  await finish(path, async () => {
    const at = str(form, 'at');
    const result = await transitionAndRefresh(await currentActor(), {
      articleId,
      // the raw value: an unknown language is the core's "invalid", not silently another one
      locale: str(form, 'locale') as Locale,
      action: str(form, 'action') as 'submit',
      comment: str(form, 'comment') || undefined,
      at: at ? zonedTimeToUtc(at, localeTable[uiLocale(form)].timeZone) : undefined,
    });
    return result.ok ? `done=${result.state}` : `error=${result.kind}`;
  });
}

export async function restoreAction(form: FormData): Promise<void> {
  const { path, articleId, lang } = versionPage(form);
  await finish(path, async () => {
    const result = await restoreRevisionAndRefresh(
      await currentActor(),
      articleId,
      lang,
      Number(str(form, 'number')),
    );
    return result.ok ? `saved=${result.revision}` : `error=${result.kind}`;
  });
}

export async function createUserAction(form: FormData): Promise<void> {
  await finish(`/editor/${uiLocale(form)}/users`, async () => {
    const result = await createEditor(await currentActor(), {
      email: str(form, 'email'),
      name: str(form, 'name'),
      role: str(form, 'role') as 'editor',
      languages: form.getAll('languages').map(String).filter(isLocale),
      password: str(form, 'password'),
    });
    return result.ok ? 'done=created' : `problem=${result.problem}&field=${result.field}`;
  });
}

export async function changeRoleAction(form: FormData): Promise<void> {
  await finish(`/editor/${uiLocale(form)}/users`, async () => {
    const role = str(form, 'role');
    if (!['admin', 'editor', 'translator', 'reviewer'].includes(role)) return 'error=invalid';
    const languages = locales.filter((l) => form.getAll('languages').includes(l));
    const result = await changeRole(await currentActor(), str(form, 'editorId'), role as 'editor', languages);
    return result === 'changed' ? 'done=changed' : `error=${result}`;
  });
}

/**
 * Import, in two steps on one form: "preview" parses the pasted text and shows what would be
 * created; "create" parses it again and creates the draft (then opens its original version).
 * Every answer carries the editor's own input back, so nothing typed is lost on an error.
 */
export async function importAction(_previous: ImportState, form: FormData): Promise<ImportState> {
  // "keep:12" brings dropped line 12 back as text; "drop:12" leaves it out again
  const intent = str(form, 'intent');
  const toggled = /^(keep|drop):(\d{1,6})$/.exec(intent);
  const kept = new Set(
    form
      .getAll('keep')
      .map(Number)
      .filter((n) => Number.isInteger(n) && n > 0),
  );
  if (toggled?.[1] === 'keep') kept.add(Number(toggled[2]));
  if (toggled?.[1] === 'drop') kept.delete(Number(toggled[2]));
  const fields: ImportFields = {
    text: str(form, 'text'),
    articleId: str(form, 'articleId'),
    slugs: Object.fromEntries(locales.map((l) => [l, str(form, `slug-${l}`)]).filter(([, v]) => v)),
    eventId: str(form, 'eventId'),
    sourceId: str(form, 'sourceId'),
    titles: Object.fromEntries(locales.map((l) => [l, str(form, `title-${l}`)]).filter(([, v]) => v)),
    outlet: str(form, 'outlet'),
    keep: [...kept].sort((a, b) => a - b).slice(0, 1000),
  };
  let created: { articleId: string; originalLocale: Locale };
  try {
    const actor = await currentActor();
    const preview = await previewRelease(actor, fields.text, fields.keep);
    if (!preview.ok) return { status: 'error', error: 'unreadable', problem: problemOf(preview), fields };
    if (intent !== 'create') {
      // a first preview suggests ids, the event and the source; later ones keep what the editor chose
      const first = !fields.articleId;
      const suggested = suggestIds(preview);
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
              sourceId:
                preview.sourceId ?? (preview.metadata.outlet || preview.metadata.releasedAt ? 'new' : ''),
            }
          : { ...fields, slugs: { ...suggested.slugs, ...fields.slugs } },
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
  redirect(`/editor/${uiLocale(form)}/articles/${created.articleId}/${created.originalLocale}?done=imported`);
}

export async function metadataAction(form: FormData): Promise<void> {
  const articleId = str(form, 'articleId');
  await finish(`/editor/${uiLocale(form)}/articles/${encodeURIComponent(articleId)}`, async () => {
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

/** Saves a glossary entry; on an error the form comes back with what was typed. */
export async function entityAction(_previous: EntityState, form: FormData): Promise<EntityState> {
  const values: Record<string, string> = {};
  for (const [key, value] of form.entries())
    if (typeof value === 'string' && !key.startsWith('$')) values[key] = value;
  const type = str(form, 'type') as EntityType;
  const create = str(form, 'create') === 'true';
  let id: string;
  try {
    if (!entityTypes.includes(type)) return { status: 'error', error: 'invalid', fields: ['type'], values };
    const pick = (prefix: string) => Object.fromEntries(locales.map((l) => [l, str(form, `${prefix}-${l}`)]));
    const fields = Object.fromEntries(
      Object.entries(values).filter(([k]) => !['type', 'create', 'uiLocale'].includes(k)),
    );
    const result = await saveEntityAndRefresh(await currentActor(), {
      type,
      create,
      values: { ...fields, names: pick('name'), variants: pick('variants') },
    });
    if (!result.ok)
      return {
        status: 'error',
        error: result.kind,
        fields: result.kind === 'invalid' ? result.fields : undefined,
        values,
      };
    id = result.id;
  } catch (error) {
    return { status: 'error', error: failureOf(error), values };
  }
  redirect(`/editor/${uiLocale(form)}/entities/${type}/${id}?done=saved`);
}
