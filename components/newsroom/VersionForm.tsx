'use client';

import { useLocale, useTranslations } from 'next-intl';
import { useActionState, useState } from 'react';
import type { SaveState } from '@/lib/editorial/form-states';
import { conflictId, type Conflict, type MergedParagraph } from '@/lib/editorial/merge';
import { paragraphKinds } from '@/lib/model/paragraph-kinds';
import type { CorrectionState, MergedPart, VersionSnapshot, VersionState } from '@/lib/editorial/versions';
import { formatList, languageName } from '@/lib/i18n/format';
import { localeTable, type Locale } from '@/lib/model/locales';
import { checkVersion } from '@/lib/translation/checks';
import { paragraphState } from '@/lib/translation/states';
import type { GlossaryTerm } from '@/lib/translation/names';
import { ConflictPanel } from './ConflictPanel';
import { TranslationChecks } from './TranslationChecks';
import { newsroom } from '@/lib/model/paths';
import { MemoryMatches } from './MemoryMatches';
import type { Suggestion } from '@/lib/memory/store';
import { parseMarkup, plainText } from '@/lib/model/rich-text';
import { WordDiff } from './WordDiff';
import { ChangeKindField } from './ChangeKindField';
import type { ChangeKind } from '@/lib/model/corrections';

type Props = {
  /** the server action (app/editor/[locale]/actions.ts), handed down by the page */
  save: (state: SaveState, form: FormData) => Promise<SaveState>;
  articleId: string;
  locale: Locale;
  htmlLang: string;
  /** the version as it is now (slots with '' where this language has no text) */
  version: VersionSnapshot;
  /** the text shown beside it, e.g. the original */
  beside: {
    locale: Locale;
    htmlLang: string;
    label: string;
    /** the original: an outdated paragraph shows how it changed */
    isOriginal: boolean;
    paragraphs: Record<string, string>;
  } | null;
  structure: boolean;
  /** the version's state as the page showed it, and its waiting correction */
  state: VersionState;
  correction: CorrectionState;
  /** the editor may publish: a correction can be published with the save */
  mayPublish: boolean;
  /** a change to the published text: what the last save said it is, or what a drafted one suggests */
  change?: { kind: ChangeKind | null; note: string };
  /** the names the report mentions, for the translation checks */
  glossary?: GlossaryTerm[];
  /** the translation memory's matches for each paragraph's original, by key */
  memory?: Record<string, Suggestion[]>;
};

/** The refusals of a translated file the form can name (lib/editorial/exchange.ts). */
const xliffProblems = [
  'noFile',
  'tooLarge',
  'notFound',
  'notXml',
  'notXliff',
  'otherReport',
  'otherLanguages',
  'noRevision',
  'unknownUnit',
  'missingUnit',
  'duplicateUnit',
  'brokenCodes',
  'unsafeLink',
] as const;
const xliffProblem = (kind: string | undefined) => xliffProblems.find((k) => k === kind) ?? 'notXliff';

type Row = MergedParagraph & {
  markup: string;
  outdated: boolean;
  originalBefore?: string | null;
  reviewed?: boolean;
};

/**
 * The one interactive part of the newsroom: saving keeps what was typed. When others saved since
 * the form's revision, their changes are merged in (lib/editorial/merge.ts); a part both changed
 * is shown where it is, both changes word by word, with a required choice.
 */
export function VersionForm({
  save,
  articleId,
  locale,
  htmlLang,
  version,
  beside,
  structure,
  state: pageState,
  correction,
  mayPublish,
  change = { kind: null, note: '' },
  glossary = [],
  memory = {},
}: Props) {
  const t = useTranslations('Newsroom');
  // the newsroom's language (`locale` is the version's)
  const ui = useLocale() as Locale;
  const [state, action, pending] = useActionState<SaveState, FormData>(save, { status: 'idle' });
  const conflict = state.status === 'error' ? state.conflict : undefined;
  const shown: { slug: string; title: string; standfirst: string; paragraphs: Row[] } = conflict
    ? {
        ...conflict.merged,
        paragraphs: conflict.merged.paragraphs.map((p) => ({ ...p, markup: p.text, outdated: false })),
      }
    : state.status === 'error' && state.yours
      ? { ...state.yours, paragraphs: state.yours.paragraphs.map((p) => ({ ...p, text: p.markup })) }
      : { ...version, paragraphs: version.paragraphs.map((p) => ({ ...p, text: p.markup })) };
  const baseRevision =
    conflict?.revision ??
    (state.status === 'error' ? state.baseRevision : undefined) ??
    (state.status === 'saved' ? state.revision : version.revision);
  const open = new Map<string, Conflict>((conflict?.conflicts ?? []).map((c) => [conflictId(c), c]));
  // the translation checks against the original beside it, as the translator types
  const [typed, setTyped] = useState<Record<string, string>>({});
  // fields holding a fuzzy or number-substituted match not yet saved: they need editing
  const [inserted, setInserted] = useState<Record<string, boolean>>({});
  const insert = (id: string, match: Suggestion) => {
    const field = document.getElementById(id) as HTMLTextAreaElement | null;
    if (field) {
      field.value = match.target;
      field.focus();
    }
    setTyped((before) => ({ ...before, [id]: match.target }));
    setInserted((before) => ({ ...before, [id]: match.kind === 'fuzzy' || match.kind === 'numbers' }));
  };
  const original = beside?.isOriginal && beside.locale !== locale ? beside : null;
  const textOf = (p: Row, id: string) => typed[id] ?? p.markup;
  // one rule with the workflow's gate (lib/editorial/translation-gate.ts)
  const found = original
    ? new Map(
        checkVersion(
          {
            locale: original.locale,
            paragraphs: Object.entries(original.paragraphs).map(([key, markup]) => ({ key, markup })),
          },
          {
            locale,
            paragraphs: shown.paragraphs.map((p, i) => ({
              key: p.key,
              markup: textOf(p, `text-${p.key || i}`),
            })),
          },
          glossary,
        ).map((p) => [p.key, p.findings]),
      )
    : null;
  const findingsOf = (p: Row) => (p.key && found?.get(p.key)) || [];
  // the paragraph's state as the form now holds it: an edit of a reviewed text is no longer reviewed
  const stateOf = (p: Row, id: string) =>
    paragraphState({
      markup: textOf(p, id),
      outdated: p.outdated,
      reviewed: !!p.reviewed && textOf(p, id) === p.markup,
      inserted: inserted[id],
    });
  const panel = (id: string) => {
    const c = open.get(id);
    return c ? <ConflictPanel conflict={c} revision={conflict!.revision} locale={locale} /> : null;
  };
  const partName = (part: MergedPart) =>
    part.on === 'paragraph'
      ? part.number === null
        ? t('version.removedParagraph')
        : t('version.paragraph', { number: part.number })
      : t(`version.${part.on}`);
  const merged = state.status === 'saved' ? state.mergedIn : (conflict?.mergedIn ?? []);
  const changed = state.status === 'idle' ? undefined : state.stateChanged;
  // the state this form now knows of: what the page showed, or what the last answer said it became
  const opened = changed?.to ?? pageState;
  const waiting = state.status === 'saved' && state.correction ? 'draft' : correction;
  const stateName = (s: VersionState) => t(`states.${s}`);
  // a refused save keeps what the editor said the change is
  const asked = (state.status === 'error' && state.yours?.change) || change;
  const field = 'mt-1 block w-full rounded border border-stone-400 bg-white px-2 py-1';
  return (
    <>
      <form action={action} key={`${state.status}-${baseRevision}`} className="space-y-4">
        {state.status === 'saved' && (
          <p
            role="status"
            className="rounded border border-green-300 bg-green-50 p-3 text-green-900"
            data-saved-revision={state.revision}
          >
            {t(
              state.unchanged
                ? 'version.unchanged'
                : state.correction
                  ? 'version.savedCorrection'
                  : state.live
                    ? 'version.savedLive'
                    : 'version.saved',
              { number: state.revision },
            )}
          </p>
        )}
        {changed && (
          <p
            role="alert"
            className="rounded border border-amber-300 bg-amber-50 p-3 text-amber-950"
            data-state-changed={changed.to}
          >
            {t('version.stateChanged', { from: stateName(changed.from), to: stateName(changed.to) })}
          </p>
        )}
        {state.status === 'saved' &&
          state.removed.map((r, i) => (
            <p key={`removed-${i}`} role="status" className="rounded border border-stone-300 bg-stone-50 p-3">
              {t('version.removedText', { language: localeTable[r.locale].nativeName, revision: r.revision })}{' '}
              <q lang={localeTable[r.locale].htmlLang}>{r.text}</q>
            </p>
          ))}
        {opened === 'published' && (
          <p
            className="rounded border border-sky-300 bg-sky-50 p-3 text-sky-950"
            data-testid="correction-notice"
          >
            {waiting
              ? t('version.correctionWaiting', { state: stateName(waiting) })
              : t('version.correctionNotice')}
          </p>
        )}
        {merged.length > 0 && (
          <p
            role="status"
            className="rounded border border-sky-300 bg-sky-50 p-3 text-sky-950"
            data-testid="merged-in"
          >
            {t('version.mergedIn', { parts: formatList(ui, merged.map(partName), 'enumeration') })}
          </p>
        )}
        {state.status === 'saved' &&
          state.dropped.map((text, i) => (
            <p
              key={i}
              role="status"
              className="rounded border border-amber-300 bg-amber-50 p-3 text-amber-950"
            >
              {t('version.dropped', { text })}
            </p>
          ))}
        {state.status === 'saved' && state.flags.length > 0 && (
          <div
            role="status"
            className="rounded border border-amber-300 bg-amber-50 p-3 text-amber-950"
            data-testid="glossary"
          >
            <p className="font-semibold">{t('version.glossaryHeading')}</p>
            <ul className="list-disc pl-5">
              {state.flags.map((f, i) => (
                <li key={i}>
                  {t('version.glossaryFlag', { number: f.paragraph, found: f.found, suggested: f.suggested })}
                </li>
              ))}
            </ul>
          </div>
        )}
        {state.status === 'error' && (
          <p
            role="alert"
            className="rounded border border-red-300 bg-red-50 p-3 text-red-900"
            data-save-error={state.error}
          >
            {state.error === 'conflict' && conflict
              ? t('version.conflict', { number: conflict.revision })
              : state.error === 'xliff'
                ? t(`exchange.problems.${xliffProblem(state.xliff?.kind)}`, { unit: state.xliff?.unit ?? '' })
                : state.error !== 'conflict'
                  ? t(`errors.${state.error}`, {
                      fields: formatList(ui, state.fields ?? [], 'enumeration'),
                      language: languageName(ui, locale),
                    })
                  : t('errors.unexpected')}
            {state.controls && <> {t('errors.controlCharacters')}</>}
          </p>
        )}
        {conflict && (
          <input
            type="hidden"
            name="conflicts"
            value={JSON.stringify(
              conflict.conflicts.map((c) => ({ id: conflictId(c), theirs: c.theirs, mine: c.mine })),
            )}
          />
        )}
        <input type="hidden" name="articleId" value={articleId} />
        <input type="hidden" name="locale" value={locale} />
        <input type="hidden" name="baseRevision" value={baseRevision} />
        <input type="hidden" name="openedState" value={opened} />
        <label className="block">
          {t('version.title')}
          <input
            name="title"
            defaultValue={shown.title}
            required
            maxLength={300}
            lang={htmlLang}
            className={field}
          />
        </label>
        {panel('title')}
        <label className="block">
          {t('version.slug')}
          <input
            name="slug"
            defaultValue={shown.slug}
            required
            maxLength={120}
            pattern="[a-z0-9]+(-[a-z0-9]+)*"
            aria-describedby="slug-help"
            className={field}
          />
          <span id="slug-help" className="text-sm text-stone-600">
            {t('version.slugHelp')}
          </span>
        </label>
        {panel('slug')}
        <label className="block">
          {t('version.standfirst')}
          <textarea
            name="standfirst"
            defaultValue={shown.standfirst}
            maxLength={1000}
            rows={2}
            lang={htmlLang}
            className={field}
          />
        </label>
        {panel('standfirst')}
        <p className="text-sm text-stone-600">{t('version.markupHelp')}</p>
        <ol className="space-y-4">
          {shown.paragraphs.map((p, i) => {
            const id = `text-${p.key || i}`;
            const findings = findingsOf(p);
            return (
              <li
                key={`${p.key}-${i}`}
                className="grid gap-3 rounded border border-stone-200 bg-white p-3 md:grid-cols-2"
                data-key={p.key}
              >
                <input type="hidden" name="key" value={p.key} />
                <input type="hidden" name="rowConflict" value={p.conflict ?? ''} />
                {!structure && <input type="hidden" name="kind" value={p.kind} />}
                <div className="text-sm">
                  {beside && (
                    <>
                      <p className="font-semibold">{beside.label}</p>
                      {beside.isOriginal && p.outdated && p.originalBefore != null ? (
                        <div data-testid="original-changed">
                          <p className="text-amber-900">{t('version.originalChanged')}</p>
                          <p>
                            <WordDiff
                              before={p.originalBefore}
                              after={beside.paragraphs[p.key] ?? ''}
                              locale={beside.locale}
                            />
                          </p>
                        </div>
                      ) : (
                        <p lang={beside.htmlLang} className="whitespace-pre-wrap">
                          {beside.paragraphs[p.key] || t('version.emptySlot')}
                        </p>
                      )}
                    </>
                  )}
                </div>
                <div>
                  <label htmlFor={id} className="font-semibold">
                    {t('version.paragraph', { number: i + 1 })}
                  </label>{' '}
                  {structure ? (
                    <label className="ml-2 text-sm">
                      {t('version.kind')}{' '}
                      <select
                        name="kind"
                        defaultValue={p.kind}
                        className="rounded border border-stone-400 px-1"
                      >
                        {paragraphKinds.map((k) => (
                          <option key={k} value={k}>
                            {t(`kinds.${k}`)}
                          </option>
                        ))}
                      </select>
                    </label>
                  ) : (
                    <span className="ml-2 text-sm text-stone-600" data-testid="paragraph-kind">
                      {t(`kinds.${p.kind}`)}
                    </span>
                  )}
                  <span
                    className="ml-2 rounded bg-stone-100 px-1 text-sm text-stone-700"
                    data-testid="paragraph-state"
                    data-state={stateOf(p, id)}
                  >
                    {t(`paragraphStates.${stateOf(p, id)}`)}
                  </span>
                  {p.conflict && panel(p.conflict)}
                  {p.outdated && !conflict && (
                    <p className="text-sm text-amber-900" data-testid="outdated">
                      {t('version.outdated')}
                    </p>
                  )}
                  <textarea
                    id={id}
                    name="text"
                    defaultValue={p.markup}
                    maxLength={10000}
                    rows={4}
                    lang={htmlLang}
                    className={field}
                    aria-describedby={findings.length ? `${id}-checks` : undefined}
                    onChange={(event) => {
                      const value = event.currentTarget.value;
                      setTyped((before) => ({ ...before, [id]: value }));
                    }}
                  />
                  <TranslationChecks id={`${id}-checks`} findings={findings} />
                  {original && p.key && memory[p.key] && (
                    <MemoryMatches
                      matches={memory[p.key]!}
                      original={plainText(parseMarkup(original.paragraphs[p.key] ?? ''))}
                      source={original.locale}
                      target={locale}
                      onInsert={(match) => insert(id, match)}
                    />
                  )}
                  {structure && !p.conflict && (
                    <div className="mt-1 flex gap-4 text-sm">
                      <label>
                        {t('version.position')}{' '}
                        <input
                          name="position"
                          type="number"
                          min={1}
                          defaultValue={i + 1}
                          className="w-16 rounded border border-stone-400 px-1"
                        />
                      </label>
                      <label>
                        <input type="checkbox" name="remove" value={p.key} /> {t('version.remove')}
                      </label>
                    </div>
                  )}
                  {(!structure || p.conflict) && <input type="hidden" name="position" value={i + 1} />}
                </div>
              </li>
            );
          })}
        </ol>
        {structure && (
          <div className="rounded border border-dashed border-stone-400 p-3">
            <label className="block font-semibold">
              {t('version.newParagraph')}
              <textarea name="newText" rows={3} maxLength={10000} lang={htmlLang} className={field} />
            </label>
            <label className="mt-1 block text-sm">
              {t('version.position')}{' '}
              <input
                name="newPosition"
                type="number"
                min={1}
                defaultValue={shown.paragraphs.length + 1}
                className="w-16 rounded border border-stone-400 px-1"
              />
            </label>
          </div>
        )}
        {opened === 'published' && (
          <ChangeKindField
            htmlLang={htmlLang}
            language={languageName(ui, locale)}
            kind={asked.kind}
            note={asked.note}
          />
        )}
        {opened === 'published' && mayPublish && (
          <label className="flex items-start gap-2">
            <input type="checkbox" name="publishNow" className="mt-1" />
            <span>{t('version.publishNow')}</span>
          </label>
        )}
        <button disabled={pending} className="rounded bg-stone-900 px-4 py-2 text-white disabled:opacity-50">
          {t('version.save')}
        </button>
      </form>
      {original && (
        <section
          aria-labelledby="exchange-heading"
          className="mt-6 rounded border border-stone-300 bg-white p-3 text-sm"
        >
          <h2 id="exchange-heading" className="font-semibold">
            {t('exchange.heading')}
          </h2>
          <p className="mt-1">
            {t('exchange.download')}{' '}
            <a
              className="underline"
              href={newsroom.xliff(ui, articleId, locale, '1.2')}
              data-testid="xliff-12"
            >
              XLIFF 1.2
            </a>{' '}
            ·{' '}
            <a
              className="underline"
              href={newsroom.xliff(ui, articleId, locale, '2.1')}
              data-testid="xliff-21"
            >
              XLIFF 2.1
            </a>
          </p>
          <form action={action} className="mt-2 flex flex-wrap items-end gap-2">
            <input type="hidden" name="intent" value="xliff" />
            <input type="hidden" name="articleId" value={articleId} />
            <input type="hidden" name="locale" value={locale} />
            <input type="hidden" name="baseRevision" value={baseRevision} />
            <label>
              {t('exchange.file')}{' '}
              <input type="file" name="file" accept=".xlf,.xliff,.xml" required className="block" />
            </label>
            <button
              disabled={pending}
              className="rounded border border-stone-500 px-3 py-1 disabled:opacity-50"
            >
              {t('exchange.import')}
            </button>
          </form>
          <p className="mt-1 text-stone-600">{t('exchange.help')}</p>
        </section>
      )}
    </>
  );
}
