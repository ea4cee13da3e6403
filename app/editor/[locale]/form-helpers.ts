import { redirect } from 'next/navigation';
import { Forbidden, NotSignedIn } from '@/lib/auth/permissions';
import { isDatabaseUnavailable } from '@/lib/db/unavailable';
import type { Failure } from '@/lib/editorial/form-states';
import { isLocale, type Locale } from '@/lib/model/locales';

/**
 * What the newsroom's server actions share (each area's actions.ts sits beside its routes): reading
 * FormData strings, the interface language a form was sent from, and the outcome of a failed write
 * in terms the editor's page can say in their language.
 */

export const str = (form: FormData, name: string) => {
  const v = form.get(name);
  return typeof v === 'string' ? v : '';
};

export const uiLocale = (form: FormData): Locale => {
  const v = str(form, 'uiLocale');
  return isLocale(v) ? v : 'zh';
};

export function failureOf(error: unknown): Failure {
  if (error instanceof NotSignedIn) return 'signedOut';
  if (error instanceof Forbidden) return 'forbidden';
  if (isDatabaseUnavailable(error)) {
    console.warn('[newsroom] database unavailable:', error instanceof Error ? error.message : error);
    return 'unavailable';
  }
  console.error('[newsroom]', error);
  return 'unexpected';
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
