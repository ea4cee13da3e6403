import type { HTMLElement } from 'node-html-parser';
import { utcToZonedInput } from '../../lib/model/time';
import { localeTable } from '../../lib/model/locales';
import { FormClient } from './form-client';
import type { Tally } from './stats';

/**
 * The soak's newsroom: accounts of every role working at once through the real server actions
 * (the forms as a browser without JavaScript posts them, through the proxy). Each editor keeps its
 * own log of what the server acknowledged, which the soak checks against the database at the end.
 */

export type Account = { email: string; name: string; password: string; role: string; languages?: string };
export type Version = { articleId: string; locale: 'zh' | 'en' | 'vi' };

/** A save the server acknowledged: `token` was appended to paragraph `key` and stored as `revision`. */
export type Acknowledged = Version & { editor: string; key: string; token: string; revision: number };

export type NewsroomLog = {
  acknowledged: Acknowledged[];
  /** saves refused because another editor changed the same paragraph first (nothing written) */
  conflicts: number;
  /** saves refused with the "database unavailable" message, and whether the form kept the text */
  unavailable: { kept: number; lost: number };
  /** versions scheduled, with the instant they were scheduled for */
  scheduled: Array<Version & { at: string }>;
  /** workflow steps by outcome ("publish done=published", "approve error=wrongState", …) */
  steps: Map<string, number>;
  /** what went wrong in a way no editor should see */
  failures: string[];
};

export function emptyLog(): NewsroomLog {
  return {
    acknowledged: [],
    conflicts: 0,
    unavailable: { kept: 0, lost: 0 },
    scheduled: [],
    steps: new Map(),
    failures: [],
  };
}

const ui = 'en';
const versionPath = (v: Version) => `/editor/${ui}/articles/${v.articleId}/${v.locale}`;
const isSaveForm = (form: HTMLElement) => !!form.querySelector('input[name=baseRevision]');
const stepForm = (action: string) => (form: HTMLElement) =>
  !!form.querySelector(`button[name=action][value=${action}]`);

/** What went wrong, for the log: a status the editor saw, or the error's own words. */
export class Unavailable extends Error {}

export class Editor {
  private readonly client: FormClient;
  private counter = 0;

  constructor(
    origin: string,
    readonly account: Account,
    private readonly run: string,
    private readonly log: NewsroomLog,
    private readonly saves: Tally,
    private readonly steps: Tally,
  ) {
    this.client = new FormClient(origin);
  }

  get name() {
    return this.account.email.split('@')[0]!;
  }

  async signIn(): Promise<void> {
    const answer = await this.client.signIn(ui, this.account.email, this.account.password);
    if (answer.location === null && answer.status !== 303)
      throw new Unavailable(`login page ${answer.status}`);
    if (answer.status !== 303 || !answer.location?.endsWith(`/editor/${ui}`))
      throw new Unavailable(`sign-in answered ${answer.status} ${answer.location ?? ''}`);
  }

  private async page(v: Version): Promise<HTMLElement> {
    const page = await this.client.get(versionPath(v));
    if (page.status === 307 || page.status === 303) {
      // signed out (the session ended with an instance, or expired): sign in again
      await this.signIn();
      return this.page(v);
    }
    if (page.status !== 200) throw new Unavailable(`${versionPath(v)} answered ${page.status}`);
    return page.root;
  }

  /**
   * Appends this editor's next token to paragraph `index` of `v` and saves. A conflict is read
   * again and retried (up to three times), as an editor who saw the conflict panel would.
   */
  async save(v: Version, index: number): Promise<'saved' | 'conflict' | 'unavailable'> {
    for (let attempt = 0; attempt < 3; attempt++) {
      const outcome = await this.post(v, await this.page(v), index);
      if (outcome !== 'conflict') return outcome;
    }
    return 'conflict';
  }

  /** The version's page as the editor opened it. */
  open(v: Version): Promise<HTMLElement> {
    return this.page(v);
  }

  /** Saves from a page opened earlier (see `save`). */
  async post(v: Version, root: HTMLElement, index: number): Promise<'saved' | 'conflict' | 'unavailable'> {
    const token = `soak${this.run}${this.name}n${++this.counter}`;
    let key = '';
    let seen = 0;
    const started = performance.now();
    // through the action's own protocol, as the browser's JavaScript calls it
    const answer = await this.client.callFormAction(versionPath(v), root, isSaveForm, (fields) => {
      const paragraphs = fields.filter(([k]) => k === 'text').length;
      const target = index % Math.max(1, paragraphs);
      let keys = 0;
      return fields.map(([k, value]) => {
        if (k === 'key' && keys++ === target) key = value;
        if (k !== 'text') return [k, value];
        return seen++ === target ? [k, `${value} ${token}`] : [k, value];
      });
    });
    const ms = performance.now() - started;
    const state = answer.state ?? {};
    if (state.status === 'saved') {
      this.saves.add(ms, 'saved');
      this.log.acknowledged.push({ ...v, editor: this.name, key, token, revision: Number(state.revision) });
      return 'saved';
    }
    if (state.error === 'conflict') {
      this.saves.add(ms, 'conflict');
      this.log.conflicts++;
      return 'conflict';
    }
    if (state.error === 'unavailable') {
      this.saves.add(ms, 'unavailable');
      // the editor's text comes back to the form, to be saved once the database is back
      if (JSON.stringify(state.yours ?? '').includes(token)) this.log.unavailable.kept++;
      else this.log.unavailable.lost++;
      return 'unavailable';
    }
    const error = typeof state.error === 'string' ? state.error : '';
    this.saves.add(ms, `status ${answer.status}${error ? ` ${error}` : ''}`);
    throw new Unavailable(
      `save of ${versionPath(v)} answered ${answer.status} ${error || JSON.stringify(answer.head.slice(0, 160))}`,
    );
  }

  /** One workflow button on the version's page; answers the outcome the page was sent back with. */
  async step(v: Version, action: string, extra: Record<string, string> = {}): Promise<string> {
    const root = await this.page(v);
    if (!root.querySelectorAll('form').some(stepForm(action))) return 'not offered';
    const started = performance.now();
    const answer = await this.client.submit(
      versionPath(v),
      root,
      stepForm(action),
      (fields) => fields.map(([k, value]) => [k, extra[k] ?? value]),
      ['action', action],
    );
    const outcome =
      answer.status === 303 && answer.location
        ? (/[?&]((?:done|error)=[^&]+)/.exec(answer.location)?.[1] ?? 'redirect')
        : `status ${answer.status}`;
    this.steps.add(performance.now() - started, `${action} ${outcome}`);
    const label = `${this.account.role} ${action} → ${outcome}`;
    this.log.steps.set(label, (this.log.steps.get(label) ?? 0) + 1);
    return outcome;
  }

  /** Schedules `v` for the next whole minute at least `lead` ms away (the form takes minutes). */
  async schedule(v: Version, lead = 12_000): Promise<Date | null> {
    const at = new Date(Math.ceil((Date.now() + lead) / 60_000) * 60_000);
    const outcome = await this.step(v, 'schedule', { at: utcToZonedInput(at, localeTable[ui].timeZone) });
    if (outcome !== 'done=scheduled') return null;
    this.log.scheduled.push({ ...v, at: at.toISOString() });
    return at;
  }
}
