import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadContent } from '@/lib/content/load';
import { formatDateTime } from '@/lib/i18n/format';
import { locales, localeTable } from '@/lib/model/locales';
import { shareFontFiles } from '@/lib/seo/share-fonts';
import { glyphCoverage } from '../support/cmap';

const root = path.join(import.meta.dirname, '..', '..');

/** Characters of `texts` that none of the share-image fonts can draw. */
async function missingGlyphs(texts: string[]): Promise<string[]> {
  const covers = await Promise.all(
    [...new Set(shareFontFiles.map((f) => f.file))].map((f) =>
      glyphCoverage(path.join(root, 'node_modules', f)),
    ),
  );
  const chars = new Set(texts.flatMap((t) => [...t.normalize('NFC')]).filter((c) => c.trim() !== ''));
  return [...chars].filter((c) => !covers.some((covered) => covered(c.codePointAt(0)!)));
}

describe('share-image fonts (from npm)', () => {
  it('draw every character the launch share images contain, in all three languages', async () => {
    const content = await loadContent(path.join(root, 'content'));
    const all: string[] = [];
    for (const locale of locales) {
      const messages = (await import(`@/messages/${locale}.json`)) as { Metadata: { siteName: string } };
      all.push(messages.Metadata.siteName, localeTable[locale].nativeName);
      for (const event of content.events) if (event.name[locale]) all.push(event.name[locale]);
      for (const article of content.articles) {
        const version = article.translations[locale];
        if (!version) continue;
        all.push(version.title);
        if (version.publishedAt)
          all.push(formatDateTime(locale, new Date(version.publishedAt), { dateStyle: 'long' }));
      }
    }
    // Vietnamese needs its stacked diacritics; Chinese its full-width punctuation.
    expect(all.join('')).toMatch(/[ắằẳẵặấầẩẫậếềểễệốồổỗộớờởỡợứừửữự]/);
    expect(all.join('')).toMatch(/[《》、]/);
    expect(await missingGlyphs(all)).toEqual([]);
  });

  it('would notice a character they cannot draw', async () => {
    expect(await missingGlyphs(['Nam Ninh 南宁 𓀀 ก'])).toEqual(['𓀀', 'ก']);
  });
});
