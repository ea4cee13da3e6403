/**
 * For the measuring scripts (`npm run lighthouse`, `npm run bench:photos`): a report with a lead
 * photo and three photos in its text, published in Chinese and English, in the database a portal
 * serves. The report is our own bilingual release with three photo placeholders
 * (tests/fixtures/import/23-bilingual-with-photo-slots.txt) imported as an editor would; the photos
 * are made here (none came with the releases and none may be invented as news photos): smooth
 * colour fields under fine grain, which compress like photographs rather than like flat colour,
 * with the EXIF a camera writes.
 *
 *   tsx --conditions=react-server scripts/photo-report.ts DATABASE_URL [WIDTH HEIGHT]
 * prints { "zh": "/zh/articles/…", "en": "/en/articles/…", "photos": [ids] } as JSON.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import sharp from 'sharp';
import { createEditor } from '../lib/auth/accounts';
import type { Actor } from '../lib/auth/sessions';
import { appDb } from '../lib/db/app-client';
import { projectRoot } from '../lib/db/provision';
import { saveArticlePhotos } from '../lib/editorial/article-photos';
import { importRelease } from '../lib/editorial/import';
import { transition } from '../lib/editorial/workflow';
import { addPhoto, savePhoto } from '../lib/media/library';
import type { Locale } from '../lib/model/locales';

/** A camera-like JPEG: colour fields, grain, and the camera's EXIF. `hue` varies the picture. */
export async function cameraLikeJpeg(width: number, height: number, hue: number): Promise<Buffer> {
  const noise = (w: number, h: number, sigma: number) =>
    sharp({
      create: {
        width: w,
        height: h,
        channels: 3,
        background: '#808080',
        noise: { type: 'gaussian', mean: 128, sigma },
      },
    })
      .png()
      .toBuffer();
  const upscaled = async (w: number, h: number, sigma: number) =>
    sharp(await noise(w, h, sigma))
      .resize(width, height, { kernel: 'cubic' })
      .png()
      .toBuffer();
  // colour fields (the scene), structure a few pixels across (what survives a downscale: leaves,
  // fabric, faces in a crowd), and the sensor's grain
  const fields = await sharp(await upscaled(12, 8, 45))
    .modulate({ hue })
    .png()
    .toBuffer();
  const structure = await upscaled(Math.ceil(width / 6), Math.ceil(height / 6), 40);
  const grain = await noise(width, height, 12);
  return sharp(fields)
    .composite([
      { input: structure, blend: 'soft-light' },
      { input: grain, blend: 'overlay' },
    ])
    .withExif({
      IFD0: { Make: 'Measuring', Model: 'Synthetic 24', Artist: 'Newsroom test desk' },
      IFD2: { DateTimeOriginal: '2025:01:16 15:30:00' },
    })
    .jpeg({ quality: 88 })
    .toBuffer();
}

type Texts = Partial<Record<Locale, { caption: string; alt: string }>>;
const photoTexts: Texts[] = [
  {
    zh: { caption: '东盟城市代表抵达南宁国际物流园区。', alt: '参观者站在物流园区的仓库前' },
    en: {
      caption: 'ASEAN city delegates arrive at the Nanning International Logistics Park.',
      alt: 'Visitors standing in front of a warehouse at the logistics park',
    },
  },
  {
    zh: { caption: '', alt: '冷链仓库里的货架和叉车' },
    en: { caption: '', alt: 'Shelves and a forklift inside a cold-chain warehouse' },
  },
  {
    zh: { caption: '', alt: '商品交易中心摆放的东盟水果' },
    en: { caption: '', alt: 'ASEAN fruit laid out at the commodity exchange centre' },
  },
  {
    zh: { caption: '', alt: '代表们在交易中心门前合影' },
    en: { caption: '', alt: 'Delegates posing together in front of the exchange centre' },
  },
];

export const photoReport = {
  articleId: 'logistics-park-visit-photos',
  slugs: { zh: 'wuliu-yuanqu-canguan', en: 'delegates-visit-logistics-park' },
} as const;

/** Imports, illustrates and publishes the report; returns its paths and its photos' ids. */
export async function publishPhotoReport(
  size: { width: number; height: number } = { width: 4000, height: 3000 },
): Promise<{ zh: string; en: string; photos: string[] }> {
  const created = await createEditor('command-line', {
    email: 'measuring-desk@newsroom.test',
    name: 'Measuring desk',
    role: 'admin',
    languages: [],
    password: 'amber lantern quarry 58',
  });
  if (!created.ok) throw new Error(`The measuring account was refused: ${JSON.stringify(created)}`);
  const admin: Actor = {
    id: created.id,
    email: 'measuring-desk@newsroom.test',
    name: 'Measuring desk',
    role: 'admin',
    languages: [],
  };
  const text = readFileSync(
    path.join(projectRoot, 'tests/fixtures/import/23-bilingual-with-photo-slots.txt'),
    'utf8',
  );
  const imported = await importRelease(admin, {
    text,
    articleId: photoReport.articleId,
    slugs: photoReport.slugs,
    eventId: 'global-mayors-dialogue-nanning-2025',
    sourceId: null,
  });
  if (!imported.ok) throw new Error(`The report was not imported: ${JSON.stringify(imported)}`);

  const photos: string[] = [];
  for (const [i, texts] of photoTexts.entries()) {
    const added = await addPhoto(admin, await cameraLikeJpeg(size.width, size.height, i * 70));
    if (!added.ok) throw new Error(`A photo was refused: ${added.problem}`);
    const saved = await savePhoto(admin, added.id, {
      credit: 'Newsroom test desk',
      takenAt: '2025-01-16T15:30',
      focalX: 40 + i * 5,
      focalY: 45,
      text: texts,
    });
    if (!saved.ok) throw new Error(`A photo was not saved: ${JSON.stringify(saved)}`);
    photos.push(added.id);
  }
  const slots = await appDb().articleParagraph.findMany({
    where: { articleId: photoReport.articleId, kind: 'caption' },
    orderBy: { position: 'asc' },
    select: { key: true },
  });
  const attached = await saveArticlePhotos(admin, {
    articleId: photoReport.articleId,
    leadPhotoId: photos[0]!,
    slots: Object.fromEntries(slots.map((s, i) => [s.key, photos[i + 1] ?? null])),
  });
  if (!attached.ok) throw new Error(`The photos were not attached: ${JSON.stringify(attached)}`);
  for (const locale of ['zh', 'en'] as const)
    for (const action of ['submit', 'approve', 'publish'] as const) {
      const done = await transition(admin, {
        articleId: photoReport.articleId,
        locale,
        action,
        comment: 'Measuring fixture',
      });
      if (!done.ok) throw new Error(`${action} ${locale} was refused: ${JSON.stringify(done)}`);
    }
  return {
    zh: `/zh/articles/${photoReport.slugs.zh}`,
    en: `/en/articles/${photoReport.slugs.en}`,
    photos,
  };
}

if (process.argv[1] && path.resolve(process.argv[1]) === import.meta.filename) {
  const [url, width, height] = process.argv.slice(2);
  if (!url) throw new Error('Usage: photo-report.ts DATABASE_URL [WIDTH HEIGHT]');
  process.env.DATABASE_URL = url;
  const size = width && height ? { width: Number(width), height: Number(height) } : undefined;
  const result = await publishPhotoReport(size);
  process.stdout.write(`${JSON.stringify(result)}\n`);
  process.exit(0);
}
