import 'server-only';
import { applyRefresh } from './apply-refresh';
import { saveEntity } from './entities';
import { importRelease } from './import';
import { saveMetadata } from './metadata';
import type { Refresh } from './refresh';
import { restoreRevision } from './revisions';
import { saveVersion } from './versions';
import { publishDue, transition } from './workflow';

/**
 * The newsroom's writes as server actions and route handlers call them: each core function (which
 * parses its input, authorizes the actor and writes, search index included, in one transaction)
 * followed by the one function that turns its change into fresh pages — Next's revalidation, the
 * instances' page caches and the proxies' purges (lib/editorial/apply-refresh.ts). The app imports
 * the writes from here only (eslint.config.mjs forbids the core functions under app/ and
 * components/), so no caller can forget the refresh. The core functions stay callable without Next
 * (integration tests, scripts), where there are no pages to refresh.
 */

function refreshing<A extends unknown[], R extends { ok: boolean }>(write: (...args: A) => Promise<R>) {
  return async (...args: A): Promise<R> => {
    const result = await write(...args);
    const refresh = result.ok && 'refresh' in result ? (result.refresh as Refresh | null) : null;
    if (refresh) applyRefresh(refresh);
    return result;
  };
}

export const saveVersionAndRefresh = refreshing(saveVersion);
export const restoreRevisionAndRefresh = refreshing(restoreRevision);
export const transitionAndRefresh = refreshing(transition);
export const saveMetadataAndRefresh = refreshing(saveMetadata);
export const saveEntityAndRefresh = refreshing(saveEntity);
/** creates drafts only: nothing public changes */
export const importDraft = importRelease;

/** Publishes the versions that are due, then refreshes the pages of each. */
export async function publishDueAndRefresh(now?: Date) {
  const result = await publishDue(now);
  for (const refresh of result.refresh) applyRefresh(refresh);
  return result;
}
