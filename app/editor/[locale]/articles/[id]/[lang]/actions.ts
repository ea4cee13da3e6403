'use server';

import { refresh } from 'next/cache';
import { currentActor } from '@/lib/auth/request';
import type { SaveState } from '@/lib/editorial/form-states';
import { glossaryFlags, type GlossaryFlag } from '@/lib/editorial/glossary';
import type { SaveResult } from '@/lib/editorial/versions';
import { isParagraphKind } from '@/lib/model/paragraph-kinds';
import {
  importXliffAndRefresh,
  restoreRevisionAndRefresh,
  saveVersionAndRefresh,
  transitionAndRefresh,
} from '@/lib/editorial/mutations';
import { zonedTimeToUtc } from '@/lib/model/time';
import { versionInputFrom } from '@/lib/editorial/version-form';
import { isLocale, localeTable, type Locale } from '@/lib/model/locales';
import { failureOf, finish, uiLocale } from '../../../form-helpers';
import { str } from '@/lib/http/form-values';
import { newsroom } from '@/lib/model/paths';
import { changeKinds } from '@/lib/model/corrections';

/**
 * The version editor's server actions: save (merged with others' saves), workflow steps, restore.
 * Each reads the session and hands the actor to a write that authorizes it; Next checks the Origin
 * of every action request (CSRF), and next.config.ts caps the body size.
 */

export async function saveAction(previous: SaveState, form: FormData): Promise<SaveState> {
  // the same form state takes a translated XLIFF file: its conflicts open in the editor
  if (str(form, 'intent') === 'xliff') return importXliffForm(form);
  const { input, unresolved } = versionInputFrom(form);
  const yours = {
    slug: input.slug,
    title: input.title,
    standfirst: input.standfirst,
    paragraphs: input.paragraphs.map((p) => ({
      key: p.key,
      kind: isParagraphKind(p.kind) ? p.kind : 'paragraph',
      markup: p.text,
      outdated: false,
    })),
    change: {
      kind: changeKinds.find((k) => k === input.changeKind) ?? null,
      note: input.correctionNote ?? '',
    },
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
    const flags =
      result.ok && isLocale(input.locale)
        ? await glossaryFlags(
            input.articleId,
            input.locale,
            input.paragraphs.map((p) => p.text),
          )
        : [];
    const state = stateOf(result, baseRevision, flags);
    return state.status === 'error' ? { ...state, yours } : state;
  } catch (error) {
    return { status: 'error', error: failureOf(error), baseRevision, yours };
  }
}

/** A save's outcome as the version form shows it (the page around it refreshed when it changed). */
function stateOf(result: SaveResult, baseRevision: number, flags: GlossaryFlag[]): SaveState {
  if (result.ok) {
    if (!result.unchanged) refresh(); // the page around the form shows the new revision and history
    return {
      status: 'saved',
      revision: result.revision,
      flags,
      unchanged: result.unchanged,
      mergedIn: result.mergedIn,
      dropped: result.dropped,
      removed: result.removed,
      live: result.live,
      correction: result.correction,
      stateChanged: result.stateChanged,
    };
  }
  return {
    status: 'error',
    error: result.kind,
    fields: result.kind === 'invalid' ? result.fields : undefined,
    controls: result.kind === 'invalid' ? result.controls : undefined,
    baseRevision,
    conflict: result.kind === 'conflict' ? result : undefined,
    stateChanged: result.kind === 'conflict' ? result.stateChanged : undefined,
  };
}

/** A translated XLIFF file merged into its version, answered as a save from the editor is. */
async function importXliffForm(form: FormData): Promise<SaveState> {
  const articleId = str(form, 'articleId');
  const locale = str(form, 'locale');
  const baseRevision = Number(str(form, 'baseRevision')) || 0;
  const file = form.get('file');
  try {
    const xml = file instanceof File ? await file.text() : '';
    const result = await importXliffAndRefresh(await currentActor(), articleId, locale, xml);
    if (!result.ok && result.kind === 'xliff')
      return { status: 'error', error: 'xliff', xliff: result.problem, baseRevision };
    return stateOf(result, baseRevision, []);
  } catch (error) {
    return { status: 'error', error: failureOf(error), baseRevision };
  }
}

/** The newsroom page of the version a workflow or restore form acted on. */
function versionPage(form: FormData): { path: string; articleId: string; lang: Locale } {
  const articleId = str(form, 'articleId');
  const value = str(form, 'locale');
  const lang = isLocale(value) ? value : 'zh';
  return {
    path: newsroom.version(uiLocale(form), articleId, lang),
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
      locale: str(form, 'locale'),
      action: str(form, 'action'),
      comment: str(form, 'comment') || undefined,
      at: at ? (zonedTimeToUtc(at, localeTable[uiLocale(form)].timeZone) ?? 'malformed') : undefined,
    });
    if (result.ok) return `done=${result.state}`;
    if (result.kind === 'photoAltMissing')
      return `error=photoAltMissing&photos=${encodeURIComponent(result.photos.join(','))}`;
    if (result.kind === 'checksFailed' || result.kind === 'warningsNeedNote')
      return `error=${result.kind}&paragraphs=${result.paragraphs.join(',')}`;
    return `error=${result.kind}`;
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
