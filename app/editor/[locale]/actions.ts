'use server';

import { redirect } from 'next/navigation';
import { audit } from '@/lib/auth/audit';
import { changeRole, createEditor, logIn } from '@/lib/auth/accounts';
import {
  clearSessionCookie,
  clientAddress,
  currentActor,
  sessionToken,
  setSessionCookie,
} from '@/lib/auth/request';
import { endSession } from '@/lib/auth/sessions';
import { isLocale, locales } from '@/lib/model/locales';
import { finish, uiLocale } from './form-helpers';
import { str } from '@/lib/http/form-values';
import { newsroom } from '@/lib/model/paths';

/**
 * The newsroom's account actions: sign-in, sign-out, accounts and roles. (Each area's other actions
 * sit beside its routes: articles/[id]/[lang], articles/[id], import, entities.) Each one reads the
 * session itself and hands the actor to a function in lib/auth or lib/editorial that authorizes
 * it; Next checks the Origin of every action request against the host (CSRF), and the body size is
 * capped in next.config.ts.
 */

export async function loginAction(form: FormData): Promise<void> {
  const locale = uiLocale(form);
  const email = str(form, 'email');
  const password = str(form, 'password');
  if (!email || !password) redirect(newsroom.login(locale, 'missing'));
  const result = await logIn(email, password, await clientAddress());
  if (!result.ok) redirect(newsroom.login(locale, result.reason));
  await setSessionCookie(result.token);
  redirect(newsroom.home(locale));
}

export async function logoutAction(form: FormData): Promise<void> {
  const locale = uiLocale(form);
  const actor = await currentActor();
  await endSession(await sessionToken());
  await clearSessionCookie();
  if (actor) await audit({ actorId: actor.id, action: 'logout', address: await clientAddress() });
  redirect(newsroom.login(locale));
}

export async function createUserAction(form: FormData): Promise<void> {
  await finish(newsroom.users(uiLocale(form)), async () => {
    const result = await createEditor(await currentActor(), {
      email: str(form, 'email'),
      name: str(form, 'name'),
      role: str(form, 'role'),
      languages: form.getAll('languages').map(String).filter(isLocale),
      password: str(form, 'password'),
    });
    return result.ok ? 'done=created' : `problem=${result.problem}&field=${result.field}`;
  });
}

export async function changeRoleAction(form: FormData): Promise<void> {
  await finish(newsroom.users(uiLocale(form)), async () => {
    const languages = locales.filter((l) => form.getAll('languages').includes(l));
    const result = await changeRole(
      await currentActor(),
      str(form, 'editorId'),
      str(form, 'role'),
      languages,
    );
    return result === 'changed' ? 'done=changed' : `error=${result}`;
  });
}
