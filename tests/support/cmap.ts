import { readFile } from 'node:fs/promises';

/**
 * Which characters a TrueType/OpenType font has glyphs for, read from its `cmap` table (formats 4
 * and 12 of the Unicode subtables), so tests can tell whether text would render without
 * missing-glyph boxes.
 */
export async function glyphCoverage(file: string): Promise<(codePoint: number) => boolean> {
  const font = await readFile(file);
  const numTables = font.readUInt16BE(4);
  let cmap = -1;
  for (let i = 0; i < numTables; i++) {
    const record = 12 + i * 16;
    if (font.toString('latin1', record, record + 4) === 'cmap') cmap = font.readUInt32BE(record + 8);
  }
  if (cmap < 0) throw new Error(`${file}: no cmap table`);

  const subtables = new Map<string, number>();
  for (let i = 0; i < font.readUInt16BE(cmap + 2); i++) {
    const record = cmap + 4 + i * 8;
    const key = `${font.readUInt16BE(record)}/${font.readUInt16BE(record + 2)}`;
    subtables.set(key, cmap + font.readUInt32BE(record + 4));
  }
  const full = subtables.get('3/10') ?? subtables.get('0/4');
  if (full !== undefined && font.readUInt16BE(full) === 12) {
    const groups = font.readUInt32BE(full + 12);
    return (cp) => {
      for (let g = 0; g < groups; g++) {
        const at = full + 16 + g * 12;
        const start = font.readUInt32BE(at);
        if (cp >= start && cp <= font.readUInt32BE(at + 4))
          return font.readUInt32BE(at + 8) + (cp - start) !== 0;
      }
      return false;
    };
  }
  const bmp = subtables.get('3/1') ?? subtables.get('0/3');
  if (bmp === undefined || font.readUInt16BE(bmp) !== 4) throw new Error(`${file}: no Unicode cmap subtable`);
  const segments = font.readUInt16BE(bmp + 6) / 2;
  const ends = bmp + 14;
  const starts = ends + segments * 2 + 2;
  const deltas = starts + segments * 2;
  const rangeOffsets = deltas + segments * 2;
  return (cp) => {
    if (cp > 0xffff) return false;
    for (let s = 0; s < segments; s++) {
      if (cp > font.readUInt16BE(ends + s * 2)) continue;
      const start = font.readUInt16BE(starts + s * 2);
      if (cp < start) return false;
      const delta = font.readInt16BE(deltas + s * 2);
      const rangeOffset = font.readUInt16BE(rangeOffsets + s * 2);
      if (rangeOffset === 0) return ((cp + delta) & 0xffff) !== 0;
      const glyph = font.readUInt16BE(rangeOffsets + s * 2 + rangeOffset + (cp - start) * 2);
      return glyph !== 0 && ((glyph + delta) & 0xffff) !== 0;
    }
    return false;
  };
}
