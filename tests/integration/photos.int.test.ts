import { readFileSync } from 'node:fs';
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Forbidden, NotSignedIn } from '@/lib/auth/permissions';
import type { Actor } from '@/lib/auth/sessions';
import { appDb } from '@/lib/db/app-client';
import { prepareDatabase } from '@/lib/content/prepare';
import { addPhoto, listPhotos, loadPhoto, savePhoto, uploadPhotos, UPLOAD_LIMITS } from '@/lib/media/library';
import { renditionKey } from '@/lib/media/renditions';
import { getArticle } from '@/lib/data/articles';
import { photoGaps, saveArticlePhotos, savePhotoInReports } from '@/lib/editorial/article-photos';
import { importRelease } from '@/lib/editorial/import';
import { transition } from '@/lib/editorial/workflow';
import { serveRendition } from '@/lib/media/serve';
import { originalStore } from '@/lib/media/store';
import { loadEntity, saveEntity } from '@/lib/editorial/entities';
import { getCity } from '@/lib/data/cities';
import { getEvent } from '@/lib/data/events';
import { getPerson } from '@/lib/data/people';
import { nextTargets } from '@/lib/freshness/change';
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

describe('the library', () => {
  it('takes several files, each judged alone, and says which were refused', async () => {
    const good = await sharp({ create: { width: 640, height: 480, channels: 3, background: '#aa3333' } })
      .png()
      .toBuffer();
    const result = await uploadPhotos(
      actors.editor,
      [
        { name: 'signing.png', bytes: good },
        { name: 'programme.jpg', bytes: Buffer.from('%PDF-1.7 programme') },
      ],
      'vi',
    );
    expect(result).toMatchObject({
      ok: true,
      outcomes: [
        { name: 'signing.png', ok: true },
        { name: 'programme.jpg', ok: false, problem: 'notAnImage' },
      ],
    });
    const tooMany = Array.from({ length: UPLOAD_LIMITS.files + 1 }, () => ({ name: 'x.png', bytes: good }));
    expect(await uploadPhotos(actors.editor, tooMany, 'en')).toEqual({
      ok: false,
      problem: 'tooManyFiles',
      limit: UPLOAD_LIMITS.files,
    });
    expect(await uploadPhotos(actors.editor, [], 'en')).toMatchObject({ ok: false, problem: 'noFiles' });
  });

  it('saves texts per language, credit, date and focal point; refuses bad input and changes nothing', async () => {
    const added = await addPhoto(actors.editor, await camera());
    if (!added.ok) throw new Error(added.problem);
    expect(
      await savePhoto(actors.editor, added.id, {
        credit: 'Lu Wen / Nanning Daily',
        takenAt: '2025-01-16T10:30',
        focalX: '62.5',
        focalY: '40',
        text: {
          zh: { caption: '南宁市与仰光市签署备忘录。', alt: '两位市长在签字桌前交换文本' },
          en: {
            caption: 'Nanning and Yangon sign the memorandum.',
            alt: 'Two mayors exchange folders at a signing table',
          },
        },
      }),
    ).toEqual({ ok: true });
    const form = (await loadPhoto(actors.editor, added.id))!;
    expect(form).toMatchObject({
      focalX: 0.625,
      focalY: 0.4,
      credit: 'Lu Wen / Nanning Daily',
      takenAt: '2025-01-16T10:30',
    });
    expect(form.alt.zh).toBe('两位市长在签字桌前交换文本');
    expect((await listPhotos(actors.editor, 'zh', '签字桌')).map((p) => p.id)).toEqual([added.id]);
    expect((await listPhotos(actors.editor, 'en', 'Yangon'))[0]).toMatchObject({
      id: added.id,
      languages: ['zh', 'en'],
    });
    const before = await loadPhoto(actors.editor, added.id);
    expect(
      await savePhoto(actors.editor, added.id, {
        credit: 'x',
        takenAt: 'yesterday',
        focalX: '120',
        focalY: '0',
        text: {},
      }),
    ).toEqual({ ok: false, kind: 'invalid', fields: ['takenAt', 'focalX'] });
    expect(
      await savePhoto(actors.editor, 'photo-none', {
        credit: '',
        takenAt: '',
        focalX: '0',
        focalY: '0',
        text: {},
      }),
    ).toEqual({
      ok: false,
      kind: 'notFound',
    });
    await expect(
      savePhoto(actors.translator, added.id, { credit: '', takenAt: '', focalX: '0', focalY: '0', text: {} }),
    ).rejects.toBeInstanceOf(Forbidden);
    expect(await loadPhoto(actors.editor, added.id)).toEqual(before);
  });
});

describe('photos in a report', () => {
  it('attaches a lead photo and a caption slot photo; publication waits for alt text in the language; pages show them', async () => {
    const admin = await createTestAccount('admin');
    const text = readFileSync(
      new URL('../fixtures/import/18-vietnamese-page-with-photo-slots.txt', import.meta.url),
      'utf8',
    );
    const imported = await importRelease(admin, {
      text,
      articleId: 'delegates-arrive',
      slugs: { vi: 'dai-bieu-toi-nam-ninh' },
      eventId: null,
      sourceId: null,
    });
    expect(imported).toMatchObject({ ok: true });
    const lead = await addPhoto(admin, await camera());
    const body = await addPhoto(
      admin,
      await sharp({ create: { width: 800, height: 1200, channels: 3, background: '#886644' } })
        .jpeg()
        .toBuffer(),
    );
    if (!lead.ok || !body.ok) throw new Error('photos');
    const captionKey = (
      await appDb().articleParagraph.findFirstOrThrow({
        where: { articleId: 'delegates-arrive', kind: 'caption' },
      })
    ).key;
    expect(
      await saveArticlePhotos(admin, {
        articleId: 'delegates-arrive',
        leadPhotoId: lead.id,
        slots: { [captionKey]: body.id },
      }),
    ).toEqual({ ok: true, refresh: null });
    // a photo that is not in the library, or a slot that is not a caption, changes nothing
    expect(
      await saveArticlePhotos(admin, { articleId: 'delegates-arrive', leadPhotoId: 'photo-none', slots: {} }),
    ).toMatchObject({ ok: false, kind: 'invalid', fields: ['photos'] });
    expect((await appDb().article.findUniqueOrThrow({ where: { id: 'delegates-arrive' } })).leadPhotoId).toBe(
      lead.id,
    );

    const step = (action: 'submit' | 'approve' | 'publish') =>
      transition(admin, { articleId: 'delegates-arrive', locale: 'vi', action, comment: 'ok' });
    expect(await step('submit')).toMatchObject({ ok: true });
    expect(await step('approve')).toMatchObject({ ok: true });
    const refused = await step('publish');
    expect(refused).toEqual({ ok: false, kind: 'photoAltMissing', photos: [lead.id, body.id] });
    for (const id of [lead.id, body.id])
      await savePhoto(admin, id, {
        credit: 'Nhân Dân',
        takenAt: '',
        focalX: '50',
        focalY: '50',
        text: { vi: { caption: '', alt: 'Các đại biểu tại sân bay' } },
      });
    expect(await step('publish')).toMatchObject({ ok: true });
    // the lead photo still has no Vietnamese caption: a warning, which did not hold publication
    expect(await photoGaps('delegates-arrive', 'vi')).toEqual({ withoutAlt: [], withoutCaption: [lead.id] });

    const page = (await getArticle('vi', 'dai-bieu-toi-nam-ninh'))!;
    expect(page.leadPhoto).toMatchObject({
      id: lead.id,
      width: 1200,
      height: 800,
      alt: { vi: 'Các đại biểu tại sân bay' },
    });
    // a new focal point refreshes the published report that shows the photo
    const moved = await savePhotoInReports(admin, lead.id, {
      credit: 'Nhân Dân',
      takenAt: '',
      focalX: '30',
      focalY: '50',
      text: { vi: { caption: '', alt: 'Các đại biểu tại sân bay' } },
    });
    expect(moved).toMatchObject({
      ok: true,
      refresh: { articles: [{ locale: 'vi', slug: 'dai-bieu-toi-nam-ninh' }] },
    });
    const slot = page.slots.find((s) => s.key === captionKey)!;
    expect(slot.photo).toMatchObject({ id: body.id, width: 800, height: 1200 });
    expect(slot.texts.vi?.map((r) => r.text).join('')).toBe('Đoàn đại biểu tới sân bay quốc tế Ngô Khư.');
  });
});

describe('photos on people, cities and events', () => {
  it('a portrait and a city and event photo are chosen in the glossary, shown by their pages, refreshed with the photo', async () => {
    const added = await addPhoto(actors.editor, await camera());
    if (!added.ok) throw new Error(added.problem);
    const choose = async (type: 'person' | 'city' | 'event', id: string, photoId: string) => {
      const entry = await loadEntity(actors.editor, type, id);
      if (!entry) throw new Error(`${type} ${id} is not in the launch content`);
      return saveEntity(actors.editor, {
        type,
        create: false,
        values: { id, names: entry.names, variants: entry.variants, ...entry.fields, photoId },
      });
    };
    const person = 'athsaphangthong-siphandone';
    const event = 'global-mayors-dialogue-nanning-2025';
    // a photo that is not in the library is named and changes nothing
    expect(await choose('person', person, 'photo-none')).toEqual({
      ok: false,
      kind: 'invalid',
      fields: ['photoId'],
    });
    expect((await getPerson('en', person))?.photo).toBeNull();
    for (const [type, id] of [
      ['person', person],
      ['city', 'nanning'],
      ['event', event],
    ] as const)
      expect(await choose(type, id, added.id)).toMatchObject({ ok: true });
    expect((await loadEntity(actors.editor, 'person', person))?.fields.photoId).toBe(added.id);
    expect((await getPerson('vi', person))?.photo).toMatchObject({ id: added.id, width: 1200, height: 800 });
    expect((await getCity('zh', 'nanning'))?.photo?.id).toBe(added.id);
    expect((await getEvent('en', event))?.photo?.id).toBe(added.id);

    // a new focal point gives new rendition addresses: the pages that show the photo are refreshed
    const saved = await savePhotoInReports(actors.editor, added.id, {
      credit: 'Lu Wen',
      takenAt: '2025-01-16T10:30',
      focalX: 30,
      focalY: 50,
      text: { en: { caption: '', alt: 'The mayor at the lectern' } },
    });
    expect(saved.ok).toBe(true);
    const paths = saved.ok && saved.refresh ? nextTargets(saved.refresh).paths : [];
    expect(paths).toEqual(
      expect.arrayContaining([`/en/people/${person}`, '/zh/cities/nanning', `/vi/events/${event}`]),
    );
    // the library says where it is shown, and finds it by those pages, by its date and not others
    expect((await loadPhoto(actors.editor, added.id, 'en'))?.usedIn).toEqual([
      { kind: 'person', id: person, name: expect.objectContaining({ locale: 'en' }) },
      { kind: 'city', id: 'nanning', name: { text: 'Nanning', locale: 'en' } },
      { kind: 'event', id: event, name: expect.objectContaining({ locale: 'en' }) },
    ]);
    const found = async (q: string) => (await listPhotos(actors.editor, 'en', q)).map((p) => p.id);
    for (const q of ['Athsaphangthong', '南宁', event, '2025-01-16', '2025-01', '2025'])
      expect(await found(q), q).toContain(added.id);
    for (const q of ['2024', '2025-02', '2025-13', '2025-01-32', 'no such place'])
      expect(await found(q), q).not.toContain(added.id);
    // a save that does not name the field (a script, an older form) leaves the photo as it is
    const entry = (await loadEntity(actors.editor, 'person', person))!;
    const fields = Object.fromEntries(Object.entries(entry.fields).filter(([name]) => name !== 'photoId'));
    expect(
      await saveEntity(actors.editor, {
        type: 'person',
        create: false,
        values: { id: person, names: entry.names, variants: entry.variants, ...fields },
      }),
    ).toMatchObject({ ok: true });
    expect((await getPerson('en', person))?.photo?.id).toBe(added.id);
    // the glossary field emptied: the page is without a photo again
    expect(await choose('person', person, '')).toMatchObject({ ok: true });
    expect((await getPerson('en', person))?.photo).toBeNull();
  });
});
