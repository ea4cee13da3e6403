import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Forbidden, NotSignedIn } from '@/lib/auth/permissions';
import type { Actor } from '@/lib/auth/sessions';
import { appDb } from '@/lib/db/app-client';
import { prepareDatabase } from '@/lib/content/prepare';
import { addPhoto } from '@/lib/media/library';
import { renditionKey } from '@/lib/media/renditions';
import { serveRendition } from '@/lib/media/serve';
import { originalStore } from '@/lib/media/store';
import { createTestAccount } from '../support/accounts';
import { createTestDatabase, dropTestDatabases } from '../support/databases';

/**
 * The photo library against a real PostgreSQL: originals kept once by their bytes, photos
 * prefilled from what the file says, and refused files storing nothing.
 */
const actors = {} as Record<'editor' | 'translator', Actor>;

beforeAll(async () => {
  const url = await createTestDatabase('photos');
  await prepareDatabase(url);
  process.env.DATABASE_URL = url;
  actors.editor = await createTestAccount('editor');
  actors.translator = await createTestAccount('translator', ['vi']);
});
afterAll(dropTestDatabases);

const counts = async () => ({
  originals: await appDb().photoOriginal.count(),
  photos: await appDb().photo.count(),
});
const camera = () =>
  sharp({ create: { width: 1200, height: 800, channels: 3, background: '#336699' } })
    .withExif({
      IFD0: { Artist: 'Lu Wen', ImageDescription: 'Mayors at the signing table' },
      IFD2: { DateTimeOriginal: '2025:01:16 10:30:00' },
    })
    .jpeg()
    .toBuffer();

describe('adding a photo to the library', () => {
  it('keeps the original byte for byte, once, and prefills credit, date and caption from the file', async () => {
    const file = await camera();
    const added = await addPhoto(actors.editor, file, { captionLocale: 'en' });
    if (!added.ok) throw new Error(added.problem);
    const photo = await appDb().photo.findUniqueOrThrow({
      where: { id: added.id },
      include: { translations: true },
    });
    expect(photo).toMatchObject({ format: 'jpeg', width: 1200, height: 800, credit: 'Lu Wen', focalX: 0.5 });
    expect(photo.takenAt?.toISOString()).toBe('2025-01-16T10:30:00.000Z');
    expect(photo.translations).toMatchObject([
      { locale: 'en', caption: 'Mayors at the signing table', alt: '' },
    ]);
    expect(Buffer.from((await originalStore().get(photo.originalSha256))!).equals(file)).toBe(true);
    // the same file again: a second photo (another crop, another caption) over the same original
    const again = await addPhoto(actors.editor, file);
    expect(again).toMatchObject({ ok: true, duplicateOf: added.id });
    expect(await appDb().photoOriginal.count()).toBe(1);
  });

  it('stores nothing for a refused file, and refuses those who may not upload before reading it', async () => {
    const before = await counts();
    expect(await addPhoto(actors.editor, Buffer.from('%PDF-1.7 not a photo'))).toEqual({
      ok: false,
      problem: 'notAnImage',
    });
    await expect(addPhoto(null, await camera())).rejects.toBeInstanceOf(NotSignedIn);
    await expect(addPhoto(actors.translator, await camera())).rejects.toBeInstanceOf(Forbidden);
    expect(await counts()).toEqual(before);
  });
});

describe('serving a rendition', () => {
  it('makes it for the current address, sends an old address to the current one, knows no other', async () => {
    const added = await addPhoto(actors.editor, await camera());
    if (!added.ok) throw new Error(added.problem);
    const photo = await appDb().photo.findUniqueOrThrow({ where: { id: added.id } });
    const key = renditionKey(photo.originalSha256, { x: 0.5, y: 0.5 });
    const spec = { crop: 'wide', width: 640, format: 'webp' } as const;
    const served = await serveRendition(added.id, key, spec);
    expect(served.kind).toBe('rendition');
    if (served.kind !== 'rendition') return;
    expect(served.type).toBe('image/webp');
    const meta = await sharp(served.data).metadata();
    expect([meta.width, meta.height, meta.exif]).toEqual([640, 360, undefined]);
    // the focal point moves: the old address answers with the new one
    await appDb().photo.update({ where: { id: added.id }, data: { focalX: 0.2 } });
    const moved = await serveRendition(added.id, key, spec);
    expect(moved).toEqual({
      kind: 'moved',
      location: `/media/photos/${added.id}/${renditionKey(photo.originalSha256, { x: 0.2, y: 0.5 })}/wide-640.webp`,
    });
    expect(await serveRendition('photo-none', key, spec)).toEqual({ kind: 'notFound' });
  });
});
