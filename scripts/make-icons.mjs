// Renders assets/icon/icon.svg to the PNG sizes the manifest lists, with the project's Chromium.
// Run by hand after changing the drawing: `node scripts/make-icons.mjs`.
import { readFileSync } from 'node:fs';
import { chromium } from '@playwright/test';
import { findChromium } from './chromium.mjs';

const svg = readFileSync(new URL('../assets/icon/icon.svg', import.meta.url), 'utf8');
const browser = await chromium.launch({ executablePath: findChromium(), headless: true });
for (const size of [16, 32, 48, 128]) {
  const page = await browser.newPage({ viewport: { width: size, height: size } });
  await page.setContent(
    `<style>html,body{margin:0;background:transparent}svg{display:block;width:${size}px;height:${size}px}</style>${svg}`,
  );
  await page.screenshot({ path: `assets/icon/${size}.png`, omitBackground: true });
  await page.close();
}
await browser.close();
