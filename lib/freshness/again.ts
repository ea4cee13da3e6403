/**
 * Runs `act` now and once more a second later. Whatever is emptied at a change (a page cache, a
 * proxy's copy) can be filled again with the old page by a reader who asked between the change and
 * Next's own revalidation, which completes with the editor's request; the second pass removes it.
 */
export const AGAIN_AFTER_MS = 1000;

export function nowAndAgain(act: () => void): void {
  act();
  setTimeout(act, AGAIN_AFTER_MS).unref();
}
