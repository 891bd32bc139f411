// Frames (content/frame.ts): the panel shows in a tab's top page only. A page of any origin can
// frame ViaTrajectoire and lay its own elements over whatever the frame shows, so a frame never
// gets the panel; the manifest does not even run the content script there. ViaTrajectoire framing
// its own pages keeps the one panel of its top page.
import type { BrowserContext, Frame, Page } from '@playwright/test';
import { FIXTURE_PAGES } from '../support/fixtures.mjs';
import { expect, test } from './extension';
import { expectStarted } from './signals';

const VT_ORIGIN = 'https://trajectoire.sante-ra.fr';
/** A hospital record system's address, or an attacker's: another origin. */
const FOREIGN_PAGE = 'https://dpi.example.test/dossier';

const login = FIXTURE_PAGES.find((page) => page.name === 'login');

/** A page holding ViaTrajectoire's login page in frames of these sizes. */
function framingPage(frames: { width: number; height: number }[]): string {
  if (!login) throw new Error('fixture login is missing');
  const src = login.url.replaceAll('&', '&amp;');
  return `<!doctype html><html lang="fr"><head><meta charset="utf-8"><title>DPI</title></head><body>
<h1>Dossier patient informatisé (démo)</h1>
${frames
  .map(
    ({ width, height }, index) =>
      `<iframe id="f${index}" title="ViaTrajectoire ${index}" src="${src}" width="${width}" height="${height}" style="border:0;display:block"></iframe>`,
  )
  .join('\n')}
</body></html>`;
}

async function serve(context: BrowserContext, url: string, body: string) {
  // Added after the fixture's routes: the most recent matching route wins.
  await context.route(url, (route) => route.fulfill({ contentType: 'text/html; charset=utf-8', body }));
}

/** The page's ViaTrajectoire frames, once each has loaded (its password field is there, its load event past). */
async function loadedFrames(page: Page, count: number): Promise<Frame[]> {
  await expect
    .poll(
      () =>
        page.frames().filter((frame) => frame.url().startsWith(`${VT_ORIGIN}/`) && frame !== page.mainFrame())
          .length,
    )
    .toBe(count);
  const frames = page.frames().filter((frame) => frame !== page.mainFrame());
  for (const frame of frames) {
    await expect(frame.locator('input[type="password"]').first()).toBeAttached();
    await frame.waitForLoadState('load');
    // Chrome runs a document_idle script at the latest in a task queued when the frame finished
    // loading: one more task of the frame's own comes after it.
    await frame.evaluate(() => new Promise((resolve) => setTimeout(resolve, 0)));
  }
  return frames;
}

/**
 * Whether the extension's content script runs in this frame: Chrome makes the extension's isolated
 * world in a document only to run its script there. Read through the DevTools protocol, in the
 * frame's own process when it has one (a frame of another origin than its page's).
 */
async function scriptRunsIn(page: Page, frame: Frame, extensionId: string): Promise<boolean> {
  const isTop = frame === page.mainFrame();
  const cdp = await page
    .context()
    .newCDPSession(isTop ? page : frame)
    .catch(() => page.context().newCDPSession(page));
  const worlds: { origin: string; auxData?: { frameId?: string; type?: string } }[] = [];
  cdp.on('Runtime.executionContextCreated', ({ context }) => worlds.push(context));
  // Enabling reports every existing context, the content script's isolated world among them.
  await cdp.send('Runtime.enable');
  const frameIds = new Set<string>();
  const walk = (tree: { frame: { id: string; url: string }; childFrames?: unknown[] }) => {
    if (tree.frame.url === frame.url()) frameIds.add(tree.frame.id);
    for (const child of (tree.childFrames ?? []) as (typeof tree)[]) walk(child);
  };
  walk((await cdp.send('Page.getFrameTree')).frameTree);
  await cdp.detach();
  expect(frameIds.size, `the frame ${frame.url()} in the DevTools frame tree`).toBeGreaterThan(0);
  return worlds.some(
    (world) =>
      world.origin === `chrome-extension://${extensionId}` &&
      world.auxData?.type === 'isolated' &&
      frameIds.has(world.auxData.frameId ?? ''),
  );
}

test('a page of another origin framing ViaTrajectoire gets no panel, in a small or a big frame', async ({
  page,
  context,
  extensionId,
}) => {
  await serve(
    context,
    FOREIGN_PAGE,
    framingPage([
      { width: 300, height: 200 },
      { width: 1000, height: 700 },
    ]),
  );
  await page.goto(FOREIGN_PAGE);
  const frames = await loadedFrames(page, 2);
  for (const frame of frames) {
    expect(await scriptRunsIn(page, frame, extensionId), `the script in ${frame.url()}`).toBe(false);
    await expect(frame.locator('vt-act-guide')).toHaveCount(0);
  }
  await expect(page.locator('vt-act-guide')).toHaveCount(0);
});

test('ViaTrajectoire framing its own page: one panel, the top one; nothing runs in the frame', async ({
  page,
  context,
  extensionId,
}) => {
  const top = `${VT_ORIGIN}/Trajectoire/Pages/AccesLibre/Cadre.aspx`;
  await serve(context, top, framingPage([{ width: 1000, height: 700 }]));
  await page.goto(top);
  await expectStarted(page, 'panel');
  await expect(page.locator('vt-act-guide').locator('aside.panel')).toHaveCount(1);
  const [frame] = await loadedFrames(page, 1);
  if (!frame) throw new Error('no frame');
  expect(await scriptRunsIn(page, page.mainFrame(), extensionId), 'the script in the top page').toBe(true);
  expect(await scriptRunsIn(page, frame, extensionId), 'the script in the frame').toBe(false);
  await expect(frame.locator('vt-act-guide')).toHaveCount(0);
  await expect(page.locator('vt-act-guide')).toHaveCount(1);
});
