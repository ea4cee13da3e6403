import { z } from 'zod';
import { blockText, lineText, refusedControls, type Posted } from '../model/text-input';
import { appDb } from '../db/app-client';
import { retryOnConflict } from '../db/retry';
import { locales, type Locale } from '../model/locales';
import type { Prisma } from '../db/generated/client';
import { isEntityId } from '../model/localized';
import { audit } from '../auth/audit';
import { authorize, authorizeRole } from '../auth/permissions';
import type { Actor } from '../auth/sessions';
import { articleChange, type Change } from '../freshness/change';
import { readArticleFacts } from './article-change';
import { invalidFields, LIMITS } from './limits';
import { mergeVersions, type Conflict, type MergeResult, type MergeVersion } from './merge';
import { paragraphKindSchema } from '../model/paragraph-kinds';
import { parseMarkup, plainText } from '../model/rich-text';
import { followSlots, type RemovedText } from './version-rebase';
import {
  asMerge,
  baseOf,
  emptyVersion,
  keepBases,
  loadSnapshot,
  paragraphsOfRevision,
  unknownBase,
  type Slots,
  type VersionSnapshot,
} from './version-snapshot';
import { changesSlots, hasRevision, storeRevision, withKeys, writeVersion } from './version-write';
import { reindexArticle } from '../search/index';
import {
  changedParts,
  changeKindSchema,
  liveText,
  noteProblem,
  recordCorrection,
  type NoteProblem,
} from './corrections';

export type { RemovedText } from './version-rebase';
export {
  paragraphsOfRevision,
  snapshot,
  type RevisionParagraph,
  type Slot,
  type VersionSnapshot,
} from './version-snapshot';

/**
 * Saving a language version of a report: merged with others' saves since the form's revision
 * (./merge.ts, bases from ./version-snapshot.ts), written by ./version-write.ts, with the outdated
 * markers that connect the original to its translations.
 * Every function takes the acting editor and authorizes itself (lib/auth/permissions.ts).
 *
 * Longer than the newsroom's other files for one reason: saveVersion is a single transaction —
 * lock, base, merge, conflicts, writes, index — best read top to bottom in one place.
 */

/** The states a language version can be in, as the newsroom names them. */
export const versionStates = ['missing', 'draft', 'inReview', 'approved', 'scheduled', 'published'] as const;
export type VersionState = (typeof versionStates)[number];

export const saveSchema = z.object({
  articleId: z.string().refine(isEntityId),
  locale: z.enum(locales),
  baseRevision: z.coerce.number().int().min(0),
  slug: lineText().trim().toLowerCase().refine(isEntityId, 'slug'),
  title: lineText().trim().min(1).max(LIMITS.title),
  standfirst: blockText().trim().max(LIMITS.standfirst),
  paragraphs: z
    .array(
      z.object({
        // '' for a paragraph added in this save
        key: z.string().regex(/^([a-z0-9][a-z0-9-]{0,39})?$/),
        kind: paragraphKindSchema.default('paragraph'),
        text: blockText().max(LIMITS.paragraph),
      }),
    )
    .max(LIMITS.paragraphs),
  /** set by restoreRevision: the revision whose text this save brings back */
  restoredFrom: z.number().int().min(0).optional(),
  /** the state the form showed when it was opened (to tell the editor when it changed since) */
  openedState: z.enum(versionStates).optional().catch(undefined),
  /** an editor allowed to publish: publish this correction with the save ("on" from a checkbox) */
  publishNow: z
    .union([z.boolean(), z.string()])
    .optional()
    .transform((v) => v === true || v === 'on'),
  /**
   * a change to a published version: a correction (readers are told, with `correctionNote` in the
   * version's language) or a minor fix; asked by the form, required to publish with the save
   */
  changeKind: changeKindSchema.optional().catch(undefined),
  correctionNote: blockText().trim().max(LIMITS.standfirst).optional(),
});
type SchemaInput = z.input<typeof saveSchema>;
export type SaveInput = Posted<Omit<SchemaInput, 'paragraphs'>, 'locale' | 'openedState' | 'changeKind'> & {
  paragraphs: Array<Posted<SchemaInput['paragraphs'][number], 'kind'>>;
};

export type SaveResult =
  | {
      ok: true;
      revision: number;
      refresh: Change | null;
      /** nothing differed from the current version (whitespace aside): no revision was made */
      unchanged: boolean;
      /** the fields and paragraphs where others' changes since the form's revision were kept */
      mergedIn: MergedPart[];
      /** a translation's texts for paragraphs the original removed meanwhile (not kept) */
      dropped: string[];
      /** the texts this save took out, in every language (each stays in its version's history) */
      removed: RemovedText[];
      /** the save changed what readers see (a correction published with it) */
      live: boolean;
      /** the version is published: the save is a correction waiting for review and publication */
      correction: boolean;
      /** the version's state changed since the form was opened */
      stateChanged?: StateChange;
    }
  | {
      ok: false;
      kind: 'invalid';
      fields: string[];
      /** a field was refused for invisible control characters (lib/model/text-input.ts) */
      controls?: boolean;
    }
  | { ok: false; kind: 'notFound' }
  | { ok: false; kind: 'slugTaken' }
  /** a change to a published version published with the save needs its kind; a correction its note */
  | { ok: false; kind: 'changeKindMissing' | NoteProblem }
  | {
      ok: false;
      kind: 'conflict';
      /** the current revision: the form's next base */
      revision: number;
      conflicts: Conflict[];
      /** the merge as far as it went: others' changes in, the editor's own text where they clash */
      merged: MergeResult['merged'];
      mergedIn: MergedPart[];
      stateChanged?: StateChange;
    };

/** A version's state when the editor's form was opened, and now. */
export type StateChange = { from: VersionState; to: VersionState };

/** A part of a version others changed, as the editor is told: a field, or a paragraph by number. */
export type MergedPart = { on: 'slug' | 'title' | 'standfirst' } | { on: 'paragraph'; number: number | null };

/** `p:<key>` ids numbered by their place in the merged text (null: the paragraph was removed). */
const partsOf = (ids: string[], paragraphs: Array<{ key: string }>): MergedPart[] =>
  ids.map((id) =>
    id === 'slug' || id === 'title' || id === 'standfirst'
      ? { on: id }
      : {
          on: 'paragraph',
          number: paragraphs.findIndex((p) => p.key === id.slice(2)) + 1 || null,
        },
  );

/**
 * Saves one language version, merged with whatever others saved since the form's `baseRevision`
 * (lib/editorial/merge.ts): changes to different fields and paragraphs combine; a paragraph both
 * changed differently is a conflict, and nothing is written until the editor's next save settles it.
 * A save that changes nothing makes no revision.
 *
 * What readers see changes only by a publication. A save on a version that is published — or that
 * became published since the form was opened — is a *correction*: a new revision with a review
 * state of its own (`correction`), while the live text stays as it was, until the correction is
 * published (lib/editorial/workflow.ts). An editor allowed to publish may instead ask, explicitly,
 * to publish the correction with the save (`publishNow`); the answer then says it is live.
 *
 * Otherwise everything — text, slots, outdated marks, the revision, the other languages following
 * the original's slots (./version-rebase.ts), the search index of a published report — is written in
 * one transaction, or nothing is. A save of the original marks exactly the changed paragraphs of
 * the other languages outdated; a save of a translation clears the marks of the paragraphs it
 * changed. The steps: read → merge → guard → write.
 */
export async function saveVersion(actor: Actor | null, input: SaveInput): Promise<SaveResult> {
  // who may write at all is settled before the input is even looked at
  authorizeRole(actor, 'article.editText');
  const parsed = saveSchema.safeParse(input);
  if (!parsed.success)
    return {
      ok: false,
      kind: 'invalid',
      fields: invalidFields(parsed.error),
      ...(refusedControls(parsed.error) ? { controls: true } : {}),
    };
  const data = parsed.data;
  const db = appDb();
  const article = await db.article.findUnique({
    where: { id: data.articleId },
    include: { paragraphs: { orderBy: { position: 'asc' } } },
  });
  if (!article) {
    authorize(actor, 'article.editText', { locale: data.locale });
    return { ok: false, kind: 'notFound' };
  }
  const scope = { locale: data.locale, originalLocale: article.originalLocale };
  const editor = authorize(actor, 'article.editText', scope);
  // publishing with the save is a publication: the publisher's permission, asked before anything
  if (data.publishNow) authorize(editor, 'article.publish', scope);
  const isOriginal = data.locale === article.originalLocale;
  const slots = article.paragraphs.map((p) => ({ key: p.key, kind: p.kind }));
  const keys = data.paragraphs.map((p) => p.key).filter(Boolean);
  if (new Set(keys).size !== keys.length) return { ok: false, kind: 'invalid', fields: ['paragraphs'] };
  const mine: MergeVersion = {
    slug: data.slug,
    title: data.title,
    standfirst: data.standfirst,
    paragraphs: data.paragraphs.map((p) => ({ key: p.key, kind: p.kind, text: p.text })),
  };

  const now = new Date();
  // a deadlock with another save (an original and its translation at once) is run again
  const result = await retryOnConflict(() =>
    db.$transaction(async (tx): Promise<SaveResult> => {
      const save: Save = { tx, data, editor, isOriginal, slots, keys, mine, now };
      const merged = await mergeStep(save);
      if ('ok' in merged) return merged;
      const refused = await guardStep(save, merged);
      if (refused) return refused;
      return writeStep(save, merged);
    }),
  );

  return result;
}

/** One save as its steps see it: the form's input, checked, and what was read before the transaction. */
type Save = {
  tx: Prisma.TransactionClient;
  data: z.output<typeof saveSchema>;
  editor: Actor;
  isOriginal: boolean;
  slots: Slots;
  keys: string[];
  mine: MergeVersion;
  now: Date;
};

/** The version as the merge left it, for the guard and the write. */
type Merged = {
  current: { revision: number; status: string; correction: string | null; scheduled: boolean } | undefined;
  currentRevision: number;
  stateChanged: StateChange | undefined;
  now_: VersionSnapshot | null;
  merge: MergeResult;
  dropped: string[];
  paragraphs: MergeResult['merged']['paragraphs'];
};

/**
 * merge: the version locked (two saves cannot both merge against the same current revision) and
 * the form's text merged with what was saved since the revision it was opened at; a conflict, an
 * unchanged text or a key the form cannot have known ends the save here.
 */
async function mergeStep({
  tx,
  data,
  editor,
  isOriginal,
  slots,
  keys,
  mine,
}: Save): Promise<Merged | SaveResult> {
  // read: lock the version so two saves cannot both merge against the same current revision
  const locked = await tx.$queryRaw<
    Array<{ revision: number; status: string; correction: string | null; scheduled: boolean }>
  >`
  SELECT revision, status::text, correction::text, scheduled_at IS NOT NULL AS scheduled
  FROM article_translations
  WHERE article_id = ${data.articleId} AND locale = ${data.locale}::locale FOR UPDATE`;
  const current = locked[0];
  const currentRevision = current?.revision ?? 0;
  const state = stateOfRow(current);
  const stateChanged =
    data.openedState && state !== data.openedState ? { from: data.openedState, to: state } : undefined;
  const now_ = current ? await loadSnapshot(tx, data.articleId, data.locale) : null;
  const theirs = now_ ? asMerge(now_) : emptyVersion(slots);
  const base =
    (await baseOf(tx, data.articleId, data.locale, data.baseRevision, now_, slots)) ??
    unknownBase(theirs, mine);
  // a key the form cannot have known (a restore may name the keys of the revision it restores)
  const restorable =
    data.restoredFrom !== undefined
      ? await revisionKeys(tx, data.articleId, data.locale, data.restoredFrom)
      : [];
  if (
    keys.some(
      (k) =>
        !base.paragraphs.some((p) => p.key === k) &&
        !theirs.paragraphs.some((p) => p.key === k) &&
        !restorable.includes(k),
    )
  )
    return { ok: false, kind: 'invalid', fields: ['paragraphs'] };
  // Adding, removing, reordering slots or changing their kind changes every language: editors
  // do it, on the original.
  if (changesSlots(mine.paragraphs, base.paragraphs)) {
    authorize(editor, 'article.structure');
    if (!isOriginal) return { ok: false, kind: 'invalid', fields: ['paragraphs'] };
  }
  const merge = mergeVersions(base, theirs, mine);
  // A translation cannot keep a slot the original removed: its text is handed back, not kept.
  const dropped: string[] = [];
  const conflicts = merge.conflicts.filter((c) => {
    if (isOriginal || c.on !== 'paragraph' || c.theirs !== null) return true;
    if (c.mine) dropped.push(c.mine);
    return false;
  });
  const paragraphs = merge.merged.paragraphs.filter(
    (p) => !(dropped.length && !isOriginal && p.conflict && !p.key),
  );
  if (conflicts.length)
    return {
      ok: false,
      kind: 'conflict',
      revision: currentRevision,
      conflicts,
      merged: { ...merge.merged, paragraphs },
      mergedIn: partsOf(merge.takenFromTheirs, paragraphs),
      stateChanged,
    };
  if (merge.unchanged && now_) {
    // a waiting correction's kind and note may be said without changing its text again
    if (current?.correction && current.status === 'published' && data.changeKind) {
      const note = data.changeKind === 'correction' ? (data.correctionNote ?? '') : null;
      const problem = note === null ? null : await noteProblem(tx, data.articleId, data.locale, note);
      if (problem) return { ok: false, kind: problem };
      await tx.articleTranslation.update({
        where: { articleId_locale: { articleId: data.articleId, locale: data.locale } },
        data: { correctionKind: data.changeKind, correctionNote: note },
      });
    }
    return { ...unchangedOutcome(currentRevision), dropped, stateChanged };
  }
  return { current, currentRevision, stateChanged, now_, merge, dropped, paragraphs };
}

/** guard: what the merged text may not do (take another report's slug); the revision it is based on kept. */
async function guardStep(
  { tx, data, now }: Save,
  { currentRevision, now_, merge }: Merged,
): Promise<SaveResult | null> {
  const slugOwner = await tx.articleTranslation.findUnique({
    where: { locale_slug: { locale: data.locale, slug: merge.merged.slug } },
    select: { articleId: true },
  });
  if (slugOwner && slugOwner.articleId !== data.articleId) return { ok: false, kind: 'slugTaken' };
  // the revision this save is based on stays comparable and restorable (a version written
  // from content/ has no stored revision until its first save)
  if (now_ && !(await hasRevision(tx, data.articleId, data.locale, currentRevision)))
    await storeRevision(tx, {
      articleId: data.articleId,
      locale: data.locale,
      number: currentRevision,
      version: asMerge(now_),
      editorId: null,
      note: null,
      now,
    });
  return null;
}

/**
 * write: a correction of a published version waits for its publication (readers see nothing of it
 * yet); otherwise the version's text is written, the translations follow the original's slots, and
 * the search index is refreshed.
 */
async function writeStep(save: Save, merged: Merged): Promise<SaveResult> {
  const { tx, data, editor, isOriginal, slots, now } = save;
  const { current, currentRevision, stateChanged, now_, merge, dropped, paragraphs } = merged;
  const note = data.restoredFrom !== undefined ? restoredNote(data.restoredFrom) : null;
  const revision = currentRevision + 1;
  const proposal = { ...merge.merged, paragraphs };
  // what every written save answers, whichever way it is written
  const saved = {
    ok: true as const,
    revision,
    unchanged: false,
    mergedIn: partsOf(merge.takenFromTheirs, paragraphs),
    dropped,
    stateChanged,
  };
  const audited = (correction: boolean) =>
    audit(
      {
        actorId: editor.id,
        action: data.restoredFrom !== undefined ? 'restore' : 'save',
        subject: `article:${data.articleId}/${data.locale}`,
        details: {
          revision,
          ...(correction ? { correction: true } : {}),
          ...(current?.status === 'published' && data.changeKind ? { change: data.changeKind } : {}),
        },
      },
      tx,
    );
  // a change to what readers read is a correction or a minor fix, as the editor says
  const published = current?.status === 'published';
  if (published) {
    if (data.publishNow && !data.changeKind) return { ok: false, kind: 'changeKindMissing' };
    if (data.changeKind === 'correction') {
      const problem = await noteProblem(tx, data.articleId, data.locale, data.correctionNote ?? '');
      if (problem) return { ok: false, kind: problem };
    }
  }
  // write: a correction waits for its publication; readers see nothing of it yet
  if (published && !data.publishNow) {
    const keyed = await withKeys(
      tx,
      data.articleId,
      proposal.paragraphs,
      slots.map((s) => s.key),
    );
    await storeRevision(tx, {
      articleId: data.articleId,
      locale: data.locale,
      number: revision,
      version: { ...proposal, paragraphs: keyed },
      editorId: editor.id,
      note,
      now,
    });
    await tx.articleTranslation.update({
      where: { articleId_locale: { articleId: data.articleId, locale: data.locale } },
      // changed text needs its review again, whatever the correction's state was; the kind and
      // note the editor gave are kept for its publication
      data: {
        revision,
        correction: 'draft',
        ...(data.changeKind
          ? {
              correctionKind: data.changeKind,
              correctionNote: data.changeKind === 'correction' ? (data.correctionNote ?? null) : null,
            }
          : {}),
      },
    });
    await audited(true);
    return { ...saved, removed: [], refresh: null, live: false, correction: true };
  }

  // A change of the original's slots changes every translation's: each keeps the revision its
  // editors' open forms are based on, so their next save merges instead of failing.
  if (isOriginal && changesSlots(paragraphs, slots)) await keepBases(tx, data.articleId, data.locale, now);
  // a correction published with the save is printed with what it changed
  const before =
    published && data.changeKind === 'correction' ? await liveText(tx, data.articleId, data.locale) : null;
  const change = await writeVersion(tx, {
    articleId: data.articleId,
    locale: data.locale,
    isOriginal,
    status: current?.status,
    revision,
    version: proposal,
    existingSlots: slots,
    editorId: editor.id,
    note,
    now,
  });
  const followed = isOriginal
    ? await followSlots(tx, {
        articleId: data.articleId,
        originalLocale: data.locale,
        change,
        originalRevision: revision,
        editorId: editor.id,
        now,
      })
    : [];
  if (before)
    await recordCorrection(tx, {
      articleId: data.articleId,
      locale: data.locale,
      note: data.correctionNote ?? '',
      changes: changedParts(before, await liveText(tx, data.articleId, data.locale)),
      revision,
      editorId: editor.id,
      now,
    });
  const ownRemoved = change.removed.flatMap((key) => {
    const text = plainText(parseMarkup(now_?.paragraphs.find((p) => p.key === key)?.markup ?? ''));
    return text ? [{ locale: data.locale, key, text, revision: currentRevision }] : [];
  });
  const live = await tx.articleTranslation.count({
    where: { articleId: data.articleId, status: 'published' },
  });
  if (live > 0) await reindexArticle(tx, data.articleId);
  await audited(false);
  // a published report's pages, lists and index are refreshed: its versions as this transaction
  // leaves them, and the slug this save replaced (its pages go stale too)
  const facts = live > 0 ? await readArticleFacts(tx, data.articleId) : null;
  const replaced = now_ && now_.slug !== proposal.slug ? [{ locale: data.locale, slug: now_.slug }] : [];
  return {
    ...saved,
    removed: [...ownRemoved, ...followed],
    refresh: facts && articleChange({ ...facts, translations: [...facts.translations, ...replaced] }),
    live: published,
    correction: false,
  };
}

const unchangedOutcome = (revision: number) => ({
  ok: true as const,
  revision,
  unchanged: true,
  mergedIn: [],
  removed: [],
  refresh: null,
  live: false,
  correction: false,
});

/** The keys of a stored revision's paragraphs (those a restore of it may bring back). */
async function revisionKeys(
  tx: Prisma.TransactionClient,
  articleId: string,
  locale: Locale,
  number: number,
): Promise<string[]> {
  const row = await tx.articleRevision.findUnique({
    where: { articleId_locale_number: { articleId, locale, number } },
    select: { paragraphs: true },
  });
  return row ? paragraphsOfRevision(row.paragraphs).map((p) => p.key) : [];
}

/** The revision note of a restore, readable in the database; `restoredFromNote` reads it back. */
const restoredNote = (n: number) => `restored from revision ${n}`;
export const restoredFromNote = (note: string | null): number | null => {
  const number = /^restored from revision (\d+)$/.exec(note ?? '')?.[1];
  return number === undefined ? null : Number(number);
};

export function stateOf(t: { status: string; scheduledAt: Date | null } | undefined): VersionState {
  if (!t) return 'missing';
  if (t.status === 'approved' && t.scheduledAt) return 'scheduled';
  return t.status as VersionState;
}

/** The state of a version row read with raw SQL (statuses as the database spells them). */
export const stateOfRow = (row: { status: string; scheduled: boolean } | undefined): VersionState =>
  !row
    ? 'missing'
    : row.status === 'in_review'
      ? 'inReview'
      : row.status === 'approved' && row.scheduled
        ? 'scheduled'
        : (row.status as VersionState);

/** A correction's review state, as the newsroom names it (null: no correction waiting). */
export type CorrectionState = 'draft' | 'inReview' | 'approved' | null;
