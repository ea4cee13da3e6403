import { hash, verify } from '@node-rs/argon2';
import { dictionary } from '@zxcvbn-ts/language-common';

/**
 * Password rules (docs/decisions/009-editorial-accounts-and-security.md): at least 12 characters,
 * long passphrases welcome (up to 1,024), nothing from a common-password list, no password that is
 * the account's own email or name. Hashes are argon2id with OWASP's minimum parameters
 * (19 MiB, 2 passes, 1 lane): about 30 ms here, slow enough for an offline attacker.
 */
export const PASSWORD_MIN = 12;
export const PASSWORD_MAX = 1024;

const ARGON2 = {
  algorithm: 2 /* Algorithm.Argon2id (a const enum) */,
  memoryCost: 19_456,
  timeCost: 2,
  parallelism: 1,
};

export type PasswordProblem = 'tooShort' | 'tooLong' | 'common' | 'personal';

const common = new Set(dictionary['passwords-common'].map((p) => p.toLowerCase()));

/** Strips what people bolt onto a weak password to pass a length rule: digits, symbols, repeats. */
function core(password: string): string {
  const stripped = password
    .toLowerCase()
    .replace(/[\d\s\p{P}\p{S}]+$/u, '')
    .replace(/^[\d\s\p{P}\p{S}]+/u, '');
  const repeated = /^(.+?)\1+$/u.exec(stripped);
  return repeated ? repeated[1]! : stripped;
}

export function passwordProblem(
  password: string,
  identity: { email?: string; name?: string } = {},
): PasswordProblem | null {
  const length = [...password].length;
  if (length < PASSWORD_MIN) return 'tooShort';
  if (length > PASSWORD_MAX) return 'tooLong';
  const lower = password.toLowerCase();
  const base = core(password);
  if (common.has(lower) || (base.length < PASSWORD_MIN && (common.has(base) || new Set(base).size <= 2)))
    return 'common';
  const personal = [identity.email?.split('@')[0], identity.email, identity.name?.replace(/\s+/g, '')]
    .filter((v): v is string => !!v && v.length >= 4)
    .map((v) => v.toLowerCase());
  if (personal.some((p) => base === p || lower.replace(/\s+/g, '') === p)) return 'personal';
  return null;
}

export function hashPassword(password: string): Promise<string> {
  return hash(password, ARGON2);
}

export async function verifyPassword(passwordHash: string, password: string): Promise<boolean> {
  try {
    return await verify(passwordHash, password);
  } catch {
    return false; // a malformed stored hash never lets anyone in
  }
}

let dummy: Promise<string> | undefined;
/** Spends the same time as a real check, so an unknown email cannot be told apart by timing. */
export async function verifyAgainstNothing(password: string): Promise<false> {
  dummy ??= hashPassword('an account that does not exist');
  await verifyPassword(await dummy, password);
  return false;
}
