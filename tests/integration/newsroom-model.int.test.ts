import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { can, Forbidden, type Permission } from '@/lib/auth/permissions';
import type { Actor } from '@/lib/auth/sessions';
import { appDb } from '@/lib/db/app-client';
import { prepareDatabase } from '@/lib/content/prepare';
import { restoreRevision } from '@/lib/editorial/revisions';
import {
  saveVersion,
  snapshot,
  type SaveInput,
  type SaveResult,
  type VersionSnapshot,
} from '@/lib/editorial/versions';
import { publishDue, transition } from '@/lib/editorial/workflow';
import { versionFindings } from '@/lib/editorial/translation-gate';
import { paragraphsWith } from '@/lib/translation/checks';
import type { Locale } from '@/lib/model/locales';
import { createTestAccount } from '../support/accounts';
import { createTestDatabase, dropTestDatabases } from '../support/databases';
import { expectDerivedTablesTrue } from '../support/derived-tables';

/**
 * A model-based test of the newsroom (issue 24): random sequences of saves, paragraph removals and
 * reorderings, restores, workflow steps and scheduled publications by the four roles on the three
 * versions of a report — some of them two at once from the same form — checked after every step:
 *
 * - no saved text becomes unrecoverable: every text a save acknowledged is in a stored revision of
 *   its version, whatever came after;
 * - what readers see changes only by a publication: after any other step, a published version shows
 *   no text it did not show before;
 * - a refused step changes nothing;
 * - authorization matches the role table (lib/auth/permissions.ts), for every step.
 *
 * Runs: MODEL_RUNS (default 25 in `npm test`; `npm run test:model -- --runs 2000`), seed MODEL_SEED.
 */

const runs = Number(process.env.MODEL_RUNS ?? 25);
const seed = Number(process.env.MODEL_SEED ?? 20261204);
const STEPS = 30;
const locales = ['zh', 'en', 'vi'] as const;
type Role = Actor['role'];
const actors = {} as Record<Role, Actor>;

beforeAll(async () => {
  const url = await createTestDatabase('model');
  await prepareDatabase(url);
  process.env.DATABASE_URL = url;
  actors.admin = await createTestAccount('admin');
  actors.editor = await createTestAccount('editor');
  actors.translator = await createTestAccount('translator', ['vi', 'en']);
  actors.reviewer = await createTestAccount('reviewer', ['vi', 'zh']);
}, 120_000);
afterAll(dropTestDatabases);

/** The system under test: one report of its own per run (zh original, en and vi translations). */
type Real = { articleId: string; tokens: number };
/** What the model knows: every text a save acknowledged, by version. */
type Model = { saved: Array<{ locale: Locale; token: string }> };

/** Three paragraphs per version that pass the translation checks (a number, each language's script). */
const starts: Record<Locale, string[]> = {
  zh: ['第一段：2025年。', '第二段：14个项目。', '第三段：南宁。'],
  en: ['First: 2025.', 'Second: 14 projects.', 'Third: Nanning.'],
  vi: ['Đoạn một: năm 2025.', 'Đoạn hai: 14 dự án.', 'Đoạn ba: Nam Ninh.'],
};

let articles = 0;
async function freshReport(): Promise<Real> {
  const articleId = `model-${++articles}-${Date.now().toString(36)}`;
  const db = appDb();
  await db.article.create({ data: { id: articleId, originalLocale: 'zh' } });
  for (let i = 1; i <= 3; i++)
    await db.articleParagraph.create({ data: { articleId, key: `p${i}`, position: i - 1 } });
  for (const locale of locales) {
    await db.articleTranslation.create({
      data: {
        articleId,
        locale,
        slug: `${articleId}-${locale}`,
        title: `${locale} title`,
        standfirst: '',
        status: 'published',
        publishedAt: new Date('2025-01-17T12:00:00Z'),
      },
    });
    for (let i = 1; i <= 3; i++)
      await db.paragraphTranslation.create({
        data: { articleId, paragraphKey: `p${i}`, locale, text: starts[locale][i - 1]! },
      });
  }
  return { articleId, tokens: 0 };
}

/** Everything a step could change, to compare before and after a refused one. */
async function digest(articleId: string) {
  const db = appDb();
  const [versions, paragraphs, slots, revisions] = await Promise.all([
    db.articleTranslation.findMany({ where: { articleId }, orderBy: { locale: 'asc' } }),
    db.paragraphTranslation.findMany({
      where: { articleId },
      orderBy: [{ locale: 'asc' }, { paragraphKey: 'asc' }],
    }),
    db.articleParagraph.findMany({ where: { articleId }, orderBy: { position: 'asc' } }),
    db.articleRevision.count({ where: { articleId } }),
  ]);
  return JSON.stringify({ versions, paragraphs, slots, revisions });
}

/** The words readers see, per published version: title and paragraphs. */
async function publicWords(articleId: string): Promise<Map<Locale, Set<string>>> {
  const db = appDb();
  const versions = await db.articleTranslation.findMany({
    where: { articleId, status: 'published' },
    include: { paragraphs: true },
  });
  return new Map(
    versions.map((v) => [
      v.locale,
      new Set([v.title, ...v.paragraphs.map((p) => p.text)].flatMap((t) => t.match(/tok[a-j]+z/g) ?? [])),
    ]),
  );
}

const tally = new Map<string, number>();
type Kind = 'save' | 'structure' | 'restore' | 'transition' | 'publishDue' | 'concurrent';
type Outcome = { publishes: boolean; refused: boolean };

/** Runs one step; answers whether it was a publication and whether it was refused. */
abstract class Step implements fc.AsyncCommand<Model, Real> {
  abstract readonly kind: Kind;
  check = () => true;
  abstract act(model: Model, real: Real): Promise<Outcome>;
  abstract toString(): string;

  async run(model: Model, real: Real): Promise<void> {
    const before = await digest(real.articleId);
    const publicBefore = await publicWords(real.articleId);
    const { publishes, refused } = await this.act(model, real);
    const key = `${this.kind} ${refused ? 'refused' : 'done'}`;
    tally.set(key, (tally.get(key) ?? 0) + 1);
    if (refused) expect(await digest(real.articleId), `${this} changed something`).toBe(before);
    // no saved text is ever lost: each is in a stored revision of its version
    const revisions = await appDb().articleRevision.findMany({
      where: { articleId: real.articleId },
      select: { locale: true, paragraphs: true, title: true },
    });
    for (const { locale, token } of model.saved)
      expect(
        revisions.some((r) => r.locale === locale && JSON.stringify([r.title, r.paragraphs]).includes(token)),
        `${token} (${locale}) is recoverable after ${this}`,
      ).toBe(true);
    // readers see new text only through a publication
    if (!publishes) {
      const publicAfter = await publicWords(real.articleId);
      for (const [locale, words] of publicAfter)
        for (const word of words)
          expect(publicBefore.get(locale)?.has(word), `${word} went live in ${locale} by ${this}`).toBe(true);
    }
  }
}

/** Whether `actor` may, by the role table, in this report's scope. */
const allowed = (actor: Actor, permission: Permission, locale: Locale) =>
  can(actor, permission, { locale, originalLocale: 'zh' });

/** A call that may be refused by authorization: answers the result, or 'forbidden'. */
async function guarded<T>(call: () => Promise<T>): Promise<T | 'forbidden'> {
  try {
    return await call();
  } catch (error) {
    if (error instanceof Forbidden) return 'forbidden';
    throw error;
  }
}

// letters only, ended by a z no token holds inside: no token is part of another, and the
// translation checks find no number the original lacks (lib/translation/checks.ts)
const appended = (real: Real) =>
  `tok${[...String(++real.tokens)].map((d) => String.fromCharCode(97 + Number(d))).join('')}z`;

/** The save of a form loaded as `form`, with its paragraphs as `paragraphs`. */
const posted = (
  real: Real,
  locale: Locale,
  form: VersionSnapshot,
  paragraphs: SaveInput['paragraphs'],
  publishNow = false,
): SaveInput => ({
  articleId: real.articleId,
  locale,
  baseRevision: form.revision,
  slug: form.slug,
  title: form.title,
  standfirst: form.standfirst,
  paragraphs,
  publishNow,
  // the form asks every change to a published version what it is (corrections: their own tests)
  changeKind: 'minor',
});
/** The form's paragraphs with `token` appended to paragraph `at` (modulo their number). */
const withToken = (form: VersionSnapshot, at: number, token: string) =>
  form.paragraphs.map((p, j) => ({
    key: p.key,
    kind: p.kind,
    text: j === at % form.paragraphs.length ? `${p.markup} ${token}` : p.markup,
  }));

class Save extends Step {
  readonly kind = 'save';
  constructor(
    readonly role: Role,
    readonly locale: Locale,
    readonly at: number,
    readonly publishNow: boolean,
  ) {
    super();
  }
  async act(model: Model, real: Real): Promise<Outcome> {
    const actor = actors[this.role];
    const form = (await snapshot(real.articleId, this.locale))!;
    const token = appended(real);
    const result = await guarded(() =>
      saveVersion(actor, posted(real, this.locale, form, withToken(form, this.at, token), this.publishNow)),
    );
    const may =
      allowed(actor, 'article.editText', this.locale) &&
      (!this.publishNow || allowed(actor, 'article.publish', this.locale));
    expect(result === 'forbidden', `${this}: refused ⇔ the table says no`).toBe(!may);
    if (result === 'forbidden') return { publishes: false, refused: true };
    acknowledge(model, this.locale, token, result);
    return { publishes: this.publishNow, refused: !result.ok };
  }
  toString() {
    return `save(${this.role}, ${this.locale}, ¶${this.at}${this.publishNow ? ', publish now' : ''})`;
  }
}

function acknowledge(model: Model, locale: Locale, token: string, result: SaveResult) {
  if (result.ok && !result.unchanged) model.saved.push({ locale, token });
}

/** The original loses a paragraph, gets one, or has them reversed. */
class Structure extends Step {
  readonly kind = 'structure';
  constructor(
    readonly role: Role,
    readonly change: 'remove' | 'add' | 'reverse',
    readonly at: number,
    readonly publishNow: boolean,
  ) {
    super();
  }
  async act(model: Model, real: Real): Promise<Outcome> {
    const actor = actors[this.role];
    const form = (await snapshot(real.articleId, 'zh'))!;
    const rows = form.paragraphs.map((p) => ({ key: p.key, kind: p.kind, text: p.markup }));
    const token = appended(real);
    if (this.change === 'remove') {
      if (rows.length <= 1) return { publishes: false, refused: true };
      rows.splice(this.at % rows.length, 1);
    } else if (this.change === 'add')
      rows.splice(this.at % (rows.length + 1), 0, { key: '', kind: 'paragraph', text: `new ${token}` });
    else rows.reverse();
    const result = await guarded(() => saveVersion(actor, posted(real, 'zh', form, rows, this.publishNow)));
    const may =
      allowed(actor, 'article.editText', 'zh') &&
      allowed(actor, 'article.structure', 'zh') &&
      (!this.publishNow || allowed(actor, 'article.publish', 'zh'));
    expect(result === 'forbidden', `${this}: refused ⇔ the table says no`).toBe(!may);
    if (result === 'forbidden') return { publishes: false, refused: true };
    if (this.change === 'add') acknowledge(model, 'zh', token, result);
    return { publishes: this.publishNow, refused: !result.ok };
  }
  toString() {
    return `${this.change}(${this.role}, ¶${this.at}${this.publishNow ? ', publish now' : ''})`;
  }
}

class Restore extends Step {
  readonly kind = 'restore';
  constructor(
    readonly role: Role,
    readonly locale: Locale,
    readonly pick: number,
    readonly publishNow: boolean,
  ) {
    super();
  }
  async act(_model: Model, real: Real): Promise<Outcome> {
    const actor = actors[this.role];
    const numbers = (
      await appDb().articleRevision.findMany({
        where: { articleId: real.articleId, locale: this.locale },
        select: { number: true },
      })
    ).map((r) => r.number);
    const number = numbers.length ? numbers[this.pick % numbers.length]! : 999;
    const result = await guarded(() =>
      restoreRevision(actor, real.articleId, this.locale, number, {
        publishNow: this.publishNow,
        changeKind: 'minor',
      }),
    );
    const may =
      allowed(actor, 'article.editText', this.locale) &&
      (!this.publishNow || allowed(actor, 'article.publish', this.locale));
    expect(result === 'forbidden', `${this}: refused ⇔ the table says no (${JSON.stringify(result)})`).toBe(
      !may,
    );
    if (result === 'forbidden') return { publishes: false, refused: true };
    // a restore of any revision after any restructure works (the first state has no revision)
    if (numbers.length)
      expect(result.ok, `${this} of revision ${number}: ${JSON.stringify(result)}`).toBe(true);
    return { publishes: this.publishNow, refused: !result.ok };
  }
  toString() {
    return `restore(${this.role}, ${this.locale}, #${this.pick}${this.publishNow ? ', publish now' : ''})`;
  }
}

const actions = ['submit', 'approve', 'reject', 'publish', 'schedule', 'unschedule', 'unpublish'] as const;
const permissionOf: Record<(typeof actions)[number], Permission> = {
  submit: 'article.submit',
  approve: 'article.review',
  reject: 'article.review',
  publish: 'article.publish',
  schedule: 'article.publish',
  unschedule: 'article.publish',
  unpublish: 'article.publish',
};

class Transition extends Step {
  readonly kind = 'transition';
  constructor(
    readonly role: Role,
    readonly locale: Locale,
    readonly action: (typeof actions)[number],
  ) {
    super();
  }
  async act(_model: Model, real: Real): Promise<Outcome> {
    const actor = actors[this.role];
    // the translation checks as the gate: what they find before the step decides it
    const errors = paragraphsWith(await versionFindings(appDb(), real.articleId, this.locale, 'zh'), 'error');
    const result = await guarded(() =>
      transition(actor, {
        articleId: real.articleId,
        locale: this.locale,
        action: this.action,
        // a reviewer's note passes the checks' warnings (a token's length, say)
        comment:
          this.action === 'reject' ? 'Check the figures.' : this.action === 'approve' ? 'Read.' : undefined,
        at: this.action === 'schedule' ? new Date(Date.now() + 3_600_000) : undefined,
      }),
    );
    const may = allowed(actor, permissionOf[this.action], this.locale);
    expect(result === 'forbidden', `${this}: refused ⇔ the table says no`).toBe(!may);
    if (result === 'forbidden') return { publishes: false, refused: true };
    const gated = this.action === 'submit' || this.action === 'approve';
    if (result.ok && gated) expect(errors, `${this}: passed the checks' errors`).toEqual([]);
    if (!result.ok && result.kind === 'checksFailed') {
      expect(gated).toBe(true);
      expect(result.paragraphs, `${this}: the paragraphs the checks name`).toEqual(errors);
      tally.set('held back by the checks', (tally.get('held back by the checks') ?? 0) + 1);
    }
    return {
      publishes: this.action === 'publish' || this.action === 'unpublish',
      refused: !result.ok,
    };
  }
  toString() {
    return `${this.action}(${this.role}, ${this.locale})`;
  }
}

/**
 * The step a version's state calls for (a waiting correction's first): submit a draft, approve or
 * reject what is in review, publish or schedule what is approved — by one of the roles allowed to,
 * so that runs reach reviewed and published corrections, not only refusals.
 */
class Advance extends Step {
  readonly kind = 'transition';
  constructor(
    readonly locale: Locale,
    readonly choice: number,
  ) {
    super();
  }
  async act(model: Model, real: Real): Promise<Outcome> {
    const row = await appDb().articleTranslation.findUnique({
      where: { articleId_locale: { articleId: real.articleId, locale: this.locale } },
    });
    const flow = row?.correction ?? row?.status ?? 'draft';
    const choices: Record<string, Array<(typeof actions)[number]>> = {
      draft: ['submit'],
      inReview: ['approve', 'reject'],
      approved: ['publish', 'schedule'],
      published: ['unpublish'],
    };
    const options = choices[flow] ?? ['submit'];
    const action = options[this.choice % options.length]!;
    const roles = (['admin', 'editor', 'translator', 'reviewer'] as const).filter((r) =>
      allowed(actors[r], permissionOf[action], this.locale),
    );
    const role = roles[this.choice % roles.length]!;
    return new Transition(role, this.locale, action).act(model, real);
  }
  toString() {
    return `advance(${this.locale}, ${this.choice})`;
  }
}

/** The scheduler's run, two hours ahead: every scheduled version falls due. */
class PublishDue extends Step {
  readonly kind = 'publishDue';
  async act(): Promise<Outcome> {
    await publishDue(new Date(Date.now() + 2 * 3_600_000));
    return { publishes: true, refused: false };
  }
  toString() {
    return 'publishDue()';
  }
}

/** Two saves from the same form at once (two editors, or a double click). */
class Concurrent extends Step {
  readonly kind = 'concurrent';
  constructor(
    readonly roles: [Role, Role],
    readonly locale: Locale,
    readonly at: [number, number],
  ) {
    super();
  }
  async act(model: Model, real: Real): Promise<Outcome> {
    const form = (await snapshot(real.articleId, this.locale))!;
    const tokens = [appended(real), appended(real)];
    const results = await Promise.all(
      this.roles.map((role, n) =>
        guarded(() =>
          saveVersion(
            actors[role],
            posted(real, this.locale, form, withToken(form, this.at[n]!, tokens[n]!)),
          ),
        ),
      ),
    );
    results.forEach((result, n) => {
      const may = allowed(actors[this.roles[n]!], 'article.editText', this.locale);
      expect(result === 'forbidden', `${this}: refused ⇔ the table says no`).toBe(!may);
      if (result !== 'forbidden') acknowledge(model, this.locale, tokens[n]!, result);
    });
    return { publishes: false, refused: results.every((r) => r === 'forbidden' || !r.ok) };
  }
  toString() {
    return `together(${this.roles.join('+')}, ${this.locale}, ¶${this.at.join('/')})`;
  }
}

const role = fc.constantFrom<Role>('admin', 'editor', 'translator', 'reviewer');
const locale = fc.constantFrom<Locale>(...locales);
const index = fc.nat({ max: 9 });
const steps = [
  fc.tuple(role, locale, index, fc.boolean()).map(([r, l, i, p]) => new Save(r, l, i, p)),
  fc
    .tuple(
      role,
      fc.constantFrom('remove', 'add', 'reverse') as fc.Arbitrary<'remove' | 'add' | 'reverse'>,
      index,
      fc.boolean(),
    )
    .map(([r, c, i, p]) => new Structure(r, c, i, p)),
  fc.tuple(role, locale, index, fc.boolean()).map(([r, l, i, p]) => new Restore(r, l, i, p)),
  fc.tuple(role, locale, fc.constantFrom(...actions)).map(([r, l, a]) => new Transition(r, l, a)),
  fc.tuple(role, locale, fc.constantFrom(...actions)).map(([r, l, a]) => new Transition(r, l, a)),
  fc.tuple(locale, index).map(([l, c]) => new Advance(l, c)),
  fc.tuple(locale, index).map(([l, c]) => new Advance(l, c)),
  fc.constant(new PublishDue()),
  fc.tuple(role, role, locale, index, index).map(([a, b, l, i, j]) => new Concurrent([a, b], l, [i, j])),
];

describe('the newsroom against its model', () => {
  it(
    `keeps every saved text, changes public text only by publishing, refuses what the table refuses (${runs} runs of ${STEPS} steps)`,
    async () => {
      await fc.assert(
        // exactly STEPS steps a run (fc.commands would make most runs shorter)
        fc.asyncProperty(
          fc.array(fc.oneof(...steps), { minLength: STEPS, maxLength: STEPS }),
          async (commands) => {
            const real = await freshReport();
            await fc.asyncModelRun(() => ({ model: { saved: [] }, real }), commands);
            // whatever the run did, the tables the triggers keep say what the rows say
            await expectDerivedTablesTrue('after a run');
          },
        ),
        { numRuns: runs, seed, endOnFailure: true },
      );
      // what the runs did, so a reader of the log can tell they reached the states that matter
      console.log(
        `[model] ${runs} runs × ${STEPS} steps: ${[...tally].map(([k, n]) => `${k} ${n}`).join(', ')}`,
      );
    },
    60_000 + runs * 15_000,
  );
});
