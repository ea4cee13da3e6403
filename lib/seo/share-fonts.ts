import 'server-only';
import { readFile } from 'node:fs/promises';
import path from 'node:path';

/**
 * Fonts for share images, from npm packages (no network, no system fonts): Noto Sans for Latin
 * with every Vietnamese diacritic, Noto Sans SC for Chinese. The image renderer takes each glyph
 * from the first font that has it. Read once per server process (about 22 MB).
 */
/** The font files, relative to node_modules. */
export const shareFontFiles = [
  { name: 'Noto Sans', weight: 400, file: '@expo-google-fonts/noto-sans/400Regular/NotoSans_400Regular.ttf' },
  { name: 'Noto Sans', weight: 700, file: '@expo-google-fonts/noto-sans/700Bold/NotoSans_700Bold.ttf' },
  {
    name: 'Noto Sans SC',
    weight: 400,
    file: '@expo-google-fonts/noto-sans-sc/400Regular/NotoSansSC_400Regular.ttf',
  },
  {
    name: 'Noto Sans SC',
    weight: 700,
    file: '@expo-google-fonts/noto-sans-sc/700Bold/NotoSansSC_700Bold.ttf',
  },
] as const;

export type ShareFont = { name: string; data: Buffer; weight: 400 | 700; style: 'normal' };

let loading: Promise<ShareFont[]> | undefined;

export function shareFonts(): Promise<ShareFont[]> {
  loading ??= Promise.all(
    shareFontFiles.map(async ({ name, weight, file }) => ({
      name,
      weight,
      style: 'normal' as const,
      data: await readFile(path.join(process.cwd(), 'node_modules', file)),
    })),
  ).catch((error: unknown) => {
    loading = undefined;
    throw error;
  });
  return loading;
}
