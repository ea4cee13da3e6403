import type { Locale } from '../model/locales';
import type { Actor } from './sessions';

/**
 * What each role may do — the one table every server action and route handler consults
 * (through `authorize`), never the proxy alone.
 *
 *   admin       everything, including users, roles and the audit log
 *   editor      create, edit (every language), import, publish, unpublish, schedule, entities,
 *               photos
 *   translator  edit the translations (not the original) in their assigned languages
 *   reviewer    approve or reject a language version in their assigned languages
 */
export type Permission =
  | 'dashboard.view'
  | 'users.manage'
  | 'audit.read'
  | 'article.create'
  | 'article.import'
  | 'article.structure'
  | 'article.editText'
  | 'article.submit'
  | 'article.review'
  | 'article.publish'
  | 'entities.edit'
  | 'photos.upload';

const table: Record<Actor['role'], ReadonlySet<Permission>> = {
  admin: new Set<Permission>([
    'dashboard.view',
    'users.manage',
    'audit.read',
    'article.create',
    'article.import',
    'article.structure',
    'article.editText',
    'article.submit',
    'article.review',
    'article.publish',
    'entities.edit',
    'photos.upload',
  ]),
  editor: new Set<Permission>([
    'dashboard.view',
    'article.create',
    'article.import',
    'article.structure',
    'article.editText',
    'article.submit',
    'article.publish',
    'entities.edit',
    'photos.upload',
  ]),
  translator: new Set<Permission>(['dashboard.view', 'article.editText', 'article.submit']),
  reviewer: new Set<Permission>(['dashboard.view', 'article.review']),
};

/** Permissions that are limited to the actor's assigned languages for translators and reviewers. */
const perLanguage = new Set<Permission>(['article.editText', 'article.submit', 'article.review']);

export type Scope = { locale?: Locale; originalLocale?: Locale };

export function can(actor: Actor | null, permission: Permission, scope: Scope = {}): boolean {
  if (!actor) return false;
  if (!table[actor.role].has(permission)) return false;
  if (actor.role === 'translator' || actor.role === 'reviewer') {
    if (perLanguage.has(permission)) {
      if (!scope.locale || !actor.languages.includes(scope.locale)) return false;
      // a translator translates; the original is the editors' text
      if (actor.role === 'translator' && scope.locale === scope.originalLocale) return false;
    }
  }
  return true;
}

export class NotSignedIn extends Error {
  override name = 'NotSignedIn';
}
export class Forbidden extends Error {
  override name = 'Forbidden';
  constructor(readonly permission: Permission) {
    super(`not allowed: ${permission}`);
  }
}

/** Throws unless `actor` may do `permission` (in `scope`); returns the actor for chaining. */
export function authorize(actor: Actor | null, permission: Permission, scope: Scope = {}): Actor {
  if (!actor) throw new NotSignedIn('sign in first');
  if (!can(actor, permission, scope)) throw new Forbidden(permission);
  return actor;
}

/** Throws unless the actor's role has `permission` at all (before its scope is known). */
export function authorizeRole(actor: Actor | null, permission: Permission): Actor {
  if (!actor) throw new NotSignedIn('sign in first');
  if (!table[actor.role].has(permission)) throw new Forbidden(permission);
  return actor;
}

/** Every permission, for tests that try each one with each role. */
export const allPermissions = Object.freeze([...table.admin]) as readonly Permission[];
