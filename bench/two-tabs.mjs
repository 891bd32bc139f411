// Idle with two tabs (no budget: a check for write loops between tabs).
import { FIXTURE_PAGES } from '../tests/support/fixtures.mjs';
import { sleep } from './stats.mjs';

const IDLE_WINDOW_MS = 2_000;

/**
 * Two ViaTrajectoire tabs, as people work: the first tab (a dashboard) stays open while a second one
 * (a request file) loads and is closed; then, for IDLE_WINDOW_MS, the first tab's main-thread CPU
 * time (TaskDuration, thread ticks) and the storage changes the extension makes, counted by an
 * extension page listening to storage.onChanged. An idle tab should cost ~0 ms and write nothing.
 */
export async function measureTwoTabs(browsers) {
  const dashboard = FIXTURE_PAGES.find((f) => f.pageKind === 'dashboard') ?? FIXTURE_PAGES[0];
  const request = FIXTURE_PAGES.find((f) => f.pageKind === 'request') ?? FIXTURE_PAGES[1];
  const run = async (context, withExtension) => {
    let listener;
    if (withExtension) {
      listener = await context.newPage();
      await listener.goto(`chrome-extension://${browsers.extensionId}/popup.html`, { waitUntil: 'load' });
      await listener.evaluate(() => {
        window.__changes = 0;
        chrome.storage.onChanged.addListener(() => {
          window.__changes++;
        });
      });
    }
    const first = await context.newPage();
    const cdp = await context.newCDPSession(first);
    await cdp.send('Performance.enable', { timeDomain: 'threadTicks' });
    await first.goto(dashboard.url, { waitUntil: 'load' });
    await sleep(500);
    const second = await context.newPage();
    await second.goto(request.url, { waitUntil: 'load' });
    await sleep(500);
    await second.close();
    await sleep(300);
    const metrics = async () =>
      Object.fromEntries((await cdp.send('Performance.getMetrics')).metrics.map((m) => [m.name, m.value]));
    const changes = async () => (listener ? listener.evaluate(() => window.__changes) : 0);
    const before = await metrics();
    const changesBefore = await changes();
    await sleep(IDLE_WINDOW_MS);
    const after = await metrics();
    const changesAfter = await changes();
    await cdp.detach().catch(() => {});
    await first.close();
    await listener?.close();
    return {
      taskMs: (after.TaskDuration - before.TaskDuration) * 1000,
      scriptMs: (after.ScriptDuration - before.ScriptDuration) * 1000,
      storageChanges: changesAfter - changesBefore,
    };
  };
  return {
    windowMs: IDLE_WINDOW_MS,
    with: await run(browsers.withExt, true),
    without: await run(browsers.without, false),
  };
}
