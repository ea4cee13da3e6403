import { redirect } from 'next/navigation';
import { Forbidden, NotSignedIn } from '@/lib/auth/permissions';
import { isDatabaseUnavailable } from '@/lib/db/unavailable';
import { log } from '@/lib/log/logger';
import type { Failure } from '@/lib/editorial/form-states';
import { isLocale, type Locale } from '@/lib/model/locales';
import { str } from '@/lib/http/form-values';

/**
 * What the newsroom's server actions share (each area's actions.ts sits beside its routes): reading
 * FormData strings, the interface language a form was sent from, and the outcome of a failed write
 * in terms the editor's page can say in their language.
 */

export const uiLocale = (form: FormData): Locale => {
  const v = str(form, 'uiLocale');
  return isLocale(v) ? v : 'zh';
};

export function failureOf(error: unknown): Failure {
  if (error instanceof NotSignedIn) return 'signedOut';
  if (error instanceof Forbidden) return 'forbidden';
  const message = error instanceof Error ? error.message : String(error);
  if (isDatabaseUnavailable(error)) {
    log.warn({ event: 'newsroom', error: message }, 'database unavailable');
    return 'unavailable';
  }
  log.error(
    { event: 'newsroom', error: message, stack: error instanceof Error ? error.stack : undefined },
    'newsroom action failed',
  );
  return 'unexpected';
}

/** A refused write as its form's state: the reason, the fields it names when invalid, what was typed. */
export function refusedState<K extends string, V>(result: { kind: K; fields?: string[] }, values: V) {
  return {
    status: 'error' as const,
    error: result.kind,
    fields: result.kind === 'invalid' ? result.fields : undefined,
    values,
  };
}

/** Runs a form's work, then goes back to `path` with the outcome as query parameters. */
export async function finish(path: string, work: () => Promise<string>): Promise<never> {
  let outcome: string;
  try {
    outcome = await work();
  } catch (error) {
    outcome = `error=${failureOf(error)}`;
  }
  redirect(`${path}?${outcome}`);
}
