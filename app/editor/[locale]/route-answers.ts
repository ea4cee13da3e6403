import { currentActor } from '@/lib/auth/request';
import { can, Forbidden, NotSignedIn, type Permission } from '@/lib/auth/permissions';
import type { Actor } from '@/lib/auth/sessions';
import type { ExportedFile } from '@/lib/editorial/exchange';
import { cachePolicy } from '@/lib/http/cache-policy';
import type { Locale } from '@/lib/model/locales';
import { newsroom } from '@/lib/model/paths';

/** A plain-text answer of the newsroom's file routes (never cached). */
export const plainAnswer = (status: number, text: string) =>
  new Response(text, {
    status,
    headers: { 'Content-Type': 'text/plain; charset=utf-8', 'Cache-Control': cachePolicy.private },
  });

/**
 * A newsroom file download (XLIFF, TMX): the signed-in editor's file as an attachment, the login
 * page for a visitor, 403 for a role that may not, 404 for nothing to download.
 */
export async function downloadAnswer(
  ui: Locale,
  contentType: string,
  make: (actor: Awaited<ReturnType<typeof currentActor>>) => Promise<ExportedFile | null>,
): Promise<Response> {
  try {
    const file = await make(await currentActor());
    if (!file) return plainAnswer(404, 'Not found');
    return new Response(file.xml, {
      headers: {
        'Content-Type': `${contentType}; charset=utf-8`,
        'Content-Disposition': `attachment; filename="${file.filename}"`,
        'Cache-Control': cachePolicy.private,
      },
    });
  } catch (error) {
    if (error instanceof NotSignedIn)
      return new Response(null, {
        status: 303,
        headers: { Location: newsroom.login(ui), 'Cache-Control': cachePolicy.private },
      });
    if (error instanceof Forbidden) return plainAnswer(403, 'Forbidden');
    throw error;
  }
}

/**
 * The actor of a newsroom form posted to a route (uploads too large for a server action), or the
 * answer when there is none to act: the login page for a visitor, `back('error=…')` when the
 * database cannot say who it is or the role may not. Checked before the body is read.
 */
export async function routeActor(
  ui: Locale,
  permission: Permission,
  back: (query: string) => Response,
): Promise<Actor | Response> {
  let actor: Actor | null;
  try {
    actor = await currentActor();
  } catch {
    // the database away: the session cannot be read, nothing is kept
    return back('error=unavailable');
  }
  if (!actor)
    return new Response(null, {
      status: 303,
      headers: { Location: newsroom.login(ui), 'Cache-Control': cachePolicy.private },
    });
  return can(actor, permission) ? actor : back('error=forbidden');
}
