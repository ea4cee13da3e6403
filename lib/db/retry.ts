/**
 * Runs a write transaction again when PostgreSQL chose it as the victim of a deadlock or a
 * serialization failure — nothing of it was written, and running it again is what PostgreSQL asks
 * for. Two saves at once on an original and its translation can lock the same rows in opposite
 * order (seen in the soak, scripts/soak.ts). Up to `attempts` tries, a few random milliseconds apart.
 */
export async function retryOnConflict<T>(run: () => Promise<T>, attempts = 4): Promise<T> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await run();
    } catch (error) {
      if (attempt >= attempts || !isWriteConflict(error)) throw error;
      await new Promise((resolve) => setTimeout(resolve, 10 + Math.random() * 40 * attempt));
    }
  }
}

/** Prisma's "write conflict or deadlock" (P2034), PostgreSQL's deadlock (40P01) or serialization failure (40001). */
export function isWriteConflict(error: unknown, depth = 0): boolean {
  if (!error || typeof error !== 'object' || depth > 6) return false;
  const e = error as { code?: unknown; message?: unknown; cause?: unknown };
  if (e.code === 'P2034' || e.code === '40P01' || e.code === '40001') return true;
  if (
    typeof e.message === 'string' &&
    /write conflict or a deadlock|deadlock detected|could not serialize access/i.test(e.message)
  )
    return true;
  return isWriteConflict(e.cause, depth + 1);
}
