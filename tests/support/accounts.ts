import { createEditor } from '@/lib/auth/accounts';
import type { Actor } from '@/lib/auth/sessions';

/** The password every integration-test account gets (long enough for the password rules). */
export const testPassword = 'violet harbour kettle 42';

/** A newsroom account made as `npm run editor:create` makes one, in the test's own database. */
export async function createTestAccount(
  role: Actor['role'],
  languages: Array<'zh' | 'en' | 'vi'> = [],
): Promise<Actor> {
  const email = `${role}-${languages.join('')}@newsroom.test`;
  const created = await createEditor('command-line', {
    email,
    name: `${role} ${languages.join(' ')}`.trim(),
    role,
    languages,
    password: testPassword,
  });
  if (!created.ok) throw new Error(JSON.stringify(created));
  return { id: created.id, email, name: role, role, languages };
}
