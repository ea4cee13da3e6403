import 'server-only';
import { headers } from 'next/headers';
import { Forbidden, NotSignedIn } from '../auth/permissions';
import { log } from '../log/logger';
import { saveArticlePhotos, savePhotoInReports } from './article-photos';
import { saveEntity } from './entities';
import { uploadPhotos } from '../media/library';
import { importRelease } from './import';
import { importTmx, importXliff } from './exchange';
import { saveMetadata } from './metadata';
import { applyChange } from '../freshness/apply';
import type { Change } from '../freshness/change';
import { restoreRevision } from './revisions';
import { saveVersion } from './versions';
import { publishDue, transition } from './workflow';

/**
 * The newsroom's writes as server actions and route handlers call them: each core function (which
 * parses its input, authorizes the actor and writes, search index included, in one transaction)
 * followed by the one function that turns its change into fresh pages — Next's revalidation, the
 * instances' page caches and the proxies' purges (lib/freshness/apply.ts). The app imports
 * the writes from here only (eslint.config.mjs forbids the core functions under app/ and
 * components/), so no caller can forget the refresh. The core functions stay callable without Next
 * (integration tests, scripts), where there are no pages to refresh.
 */

/** The request a write runs in, for the log (none outside a request: scripts, tests). */
async function requestId(): Promise<string | undefined> {
  try {
    return (await headers()).get('x-request-id') ?? undefined;
  } catch {
    return undefined;
  }
}

/**
 * One log line per write (lib/log/logger.ts): what, by whom, its outcome; never the input itself.
 * The first argument of every core write is the actor.
 */
function logged<A extends unknown[], R extends { ok: boolean }>(
  name: string,
  write: (...args: A) => Promise<R>,
) {
  return async (...args: A): Promise<R> => {
    const actor = args[0] as { id?: string } | null | undefined;
    const line = {
      event: 'mutation',
      action: name,
      actorId: actor?.id ?? null,
      requestId: await requestId(),
    };
    const started = performance.now();
    try {
      const result = await write(...args);
      const outcome = result.ok ? 'ok' : 'kind' in result ? String(result.kind) : 'refused';
      log.info({ ...line, outcome, ms: Math.round(performance.now() - started) }, `${name}: ${outcome}`);
      return result;
    } catch (error) {
      // a refusal is the table at work, not a failure: one info line, as for other outcomes
      if (error instanceof NotSignedIn || error instanceof Forbidden) {
        const outcome = error instanceof Forbidden ? 'forbidden' : 'signedOut';
        log.info({ ...line, outcome }, `${name}: ${outcome}`);
        throw error;
      }
      log.error(
        { ...line, outcome: 'error', error: error instanceof Error ? error.message : String(error) },
        `${name} failed`,
      );
      throw error;
    }
  };
}

function refreshing<A extends unknown[], R extends { ok: boolean }>(
  name: string,
  write: (...args: A) => Promise<R>,
) {
  const writeLogged = logged(name, write);
  return async (...args: A): Promise<R> => {
    const result = await writeLogged(...args);
    const refresh = result.ok && 'refresh' in result ? (result.refresh as Change | null) : null;
    if (refresh) applyChange(refresh);
    return result;
  };
}

export const saveVersionAndRefresh = refreshing('save', saveVersion);
/** a translated XLIFF file: merged like a save (a published version's is a correction) */
export const importXliffAndRefresh = refreshing('xliff', importXliff);
/** an agency's memory: nothing public changes */
export const importTmxLogged = logged('tmx', importTmx);
export const restoreRevisionAndRefresh = refreshing('restore', restoreRevision);
export const transitionAndRefresh = refreshing('transition', transition);
export const saveMetadataAndRefresh = refreshing('metadata', saveMetadata);
export const saveEntityAndRefresh = refreshing('entity', saveEntity);
export const saveArticlePhotosAndRefresh = refreshing('photos', saveArticlePhotos);
/** creates drafts only: nothing public changes */
export const importDraft = logged('import', importRelease);
/** new photos: no page shows them until a report takes one */
export const uploadPhotosLogged = logged('upload', uploadPhotos);
/** a photo's texts or focal point: the published reports that show it are refreshed */
export const savePhotoAndRefresh = refreshing('photo', savePhotoInReports);

/** Publishes the versions that are due, then refreshes the pages of each. */
export async function publishDueAndRefresh(now?: Date) {
  const result = await publishDue(now);
  if (result.published.length)
    log.info(
      {
        event: 'mutation',
        action: 'publishDue',
        actorId: null,
        requestId: await requestId(),
        outcome: 'ok',
        published: result.published,
      },
      `scheduled publication: ${result.published.join(', ')}`,
    );
  for (const refresh of result.refresh) applyChange(refresh);
  return result;
}
