/**
 * Gets a Chromium for the end-to-end tests, as `npm test` runs on a fresh machine:
 *   1. CHROMIUM_PATH, or `chromium` on the PATH (Debian's), when there is one;
 *   2. Playwright's own Chromium, already downloaded or downloaded now (`playwright install`);
 *   3. where it cannot be downloaded, as root on Debian: `apt-get install chromium fonts-noto-cjk`;
 *   4. otherwise one line saying exactly what to run, and exit status 1.
 * Prints the browser it settled on. playwright.config.ts finds the same browser the same way.
 */
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { chromium } from '@playwright/test';
import { ensureDebianPackage } from './cluster/packages';

const which = (command: string): string | null => {
  const found = spawnSync('sh', ['-c', `command -v ${command}`], { encoding: 'utf8' });
  return found.status === 0 ? found.stdout.trim() || null : null;
};

function systemBrowser(): string | null {
  const configured = process.env.CHROMIUM_PATH;
  if (configured) return existsSync(configured) ? configured : null;
  return which('chromium');
}

const playwrightBrowser = (): string | null => {
  const path = chromium.executablePath();
  return path && existsSync(path) ? path : null;
};

function tryDownload(): boolean {
  console.log('━━━ no Chromium found: trying Playwright’s download (npx playwright install chromium)');
  const run = spawnSync('npx', ['--no-install', 'playwright', 'install', 'chromium'], {
    stdio: 'inherit',
    timeout: 300_000,
  });
  return run.status === 0 && playwrightBrowser() !== null;
}

function tryApt(): boolean {
  if (process.getuid?.() !== 0 || !which('apt-get')) return false;
  console.log('━━━ Playwright’s download is not reachable: apt-get install chromium fonts-noto-cjk');
  try {
    ensureDebianPackage('chromium', 'chromium');
  } catch {
    return false;
  }
  return systemBrowser() !== null;
}

function ensureBrowser(): string | null {
  const found = systemBrowser() ?? playwrightBrowser();
  if (found) return found;
  if (tryDownload()) return playwrightBrowser();
  if (tryApt()) return systemBrowser();
  return null;
}

/**
 * A Chinese font, best effort, so the screenshots tests keep show Chinese text (readers' devices
 * have CJK fonts; a bare server has none). Never a reason to fail.
 */
function ensureCjkFont() {
  const fonts = spawnSync('fc-list', [':lang=zh'], { encoding: 'utf8' });
  if (fonts.status === 0 && fonts.stdout.trim()) return;
  if (process.getuid?.() !== 0 || !which('apt-get')) return;
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  spawnSync('apt-get', ['install', '-y', '-qq', 'fonts-noto-cjk'], { stdio: 'inherit', env });
}

const browser = ensureBrowser();
if (browser) {
  ensureCjkFont();
  console.log(`Chromium for end-to-end tests: ${browser}`);
} else {
  console.error(
    'No Chromium for the end-to-end tests and none could be installed: run `npx playwright install chromium` (with internet) or, on Debian, `sudo apt-get install chromium fonts-noto-cjk`, then `npm test` again.',
  );
  process.exit(1);
}
