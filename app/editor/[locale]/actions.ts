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
import { finish, str, uiLocale } from './form-helpers';

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

export async function createUserAction(form: FormData): Promise<void> {
  await finish(`/editor/${uiLocale(form)}/users`, async () => {
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
  await finish(`/editor/${uiLocale(form)}/users`, async () => {
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
