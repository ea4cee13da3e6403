import { appDb } from '../db/app-client';

/**
 * Where originals are kept: somewhere every instance of a cluster reads the same bytes. The one
 * implementation here is PostgreSQL (already shared by every instance; nothing new to run on one
 * machine); an S3-compatible bucket can implement the same two calls. Originals are addressed by
 * the sha256 of their bytes, so the same file uploaded twice is stored once.
 */
export type OriginalStore = {
  /** keeps the bytes under their sha256 (nothing happens when they are already there) */
  put(sha256: string, bytes: Uint8Array): Promise<void>;
  get(sha256: string): Promise<Uint8Array | null>;
};

export const postgresOriginals: OriginalStore = {
  async put(sha256, bytes) {
    await appDb().photoOriginal.upsert({
      where: { sha256 },
      create: { sha256, data: Buffer.from(bytes), bytes: bytes.length },
      update: {},
    });
  },
  async get(sha256) {
    const row = await appDb().photoOriginal.findUnique({ where: { sha256 }, select: { data: true } });
    return row ? new Uint8Array(row.data) : null;
  },
};

/** The store this deployment uses. */
export const originalStore = (): OriginalStore => postgresOriginals;
