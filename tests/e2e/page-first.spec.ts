// The page comes first: the panel never holds ViaTrajectoire's own loading back, yet still appears
// when a slow image holds the page's load event; and on a page that keeps changing while its chrome
// is late, the sparing re-reads still catch the chrome when it comes.
import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import {
  LATE_RENDER_FIRST_INTERVAL_MS,
  LATE_RENDER_LAST_INTERVAL_MS,
} from '../../entrypoints/viatrajectoire.content/late-render';
import { fixture, fixturePath, VIATRAJECTOIRE_ORIGIN as VT_ORIGIN } from '../support/fixtures.mjs';
import { expect, test } from './extension';
import { panelOf } from './open-panel';
import { expectReadAfter } from './signals';

const ANGULAR = `${VT_ORIGIN}/Trajectoire/pages/AccesRestreint/Angular/App.aspx`;

/** Late reads of a page that keeps changing, each doubling the interval, until it is the last. */
const READS_UNTIL_LAST_INTERVAL = Math.log2(LATE_RENDER_LAST_INTERVAL_MS / LATE_RENDER_FIRST_INTERVAL_MS);

const fixtureHtml = (name: string): string => readFileSync(fixturePath(fixture(name).file), 'utf8');

/** Records, in the page, when the load event ended and when the panel's host was inserted. */
async function recordLoadAndPanel(page: Page) {
  await page.addInitScript(() => {
    const times: { loadEnd?: number; dcl?: number; inserted?: number } = {};
    Object.defineProperty(window, '__times', { value: times });
    document.addEventListener('DOMContentLoaded', () => {
      times.dcl = performance.now();
    });
    // After every other load listener: the end of the load event, as the page sees it.
    window.addEventListener('load', () =>
      setTimeout(() => {
        times.loadEnd = performance.getEntriesByType('navigation')[0]?.toJSON().loadEventEnd;
      }),
    );
    new MutationObserver((records, observer) => {
      if (records.some((r) => [...r.addedNodes].some((n) => n.nodeName.toLowerCase() === 'vt-act-guide'))) {
        times.inserted = performance.now();
        observer.disconnect();
      }
    }).observe(document, { childList: true, subtree: true });
  });
}

const timesOf = (page: Page) =>
  page.evaluate(
    () => (window as unknown as { __times: { loadEnd?: number; dcl?: number; inserted?: number } }).__times,
  );

test('the page’s load event never waits for the panel: the panel is inserted after it', async ({ page }) => {
  await recordLoadAndPanel(page);
  for (const name of ['dashboard', 'account-no-habilitation', 'login']) {
    await page.goto(fixture(name).url);
    await expect(page.locator('vt-act-guide')).toHaveCount(1);
    await expect.poll(async () => (await timesOf(page)).loadEnd).toBeGreaterThan(0);
    const times = await timesOf(page);
    expect(times.inserted, `${name}: panel inserted`).toBeDefined();
    expect(times.inserted, `${name}: inserted after the load event ended`).toBeGreaterThanOrEqual(
      times.loadEnd ?? Number.POSITIVE_INFINITY,
    );
  }
});

test.describe('a page with a slow image of its own', () => {
  // The page's image, not the extension's request (tests/e2e/extension.ts).
  test.use({ expectedHostRequests: [/\/bandeau-lent\.png$/] });

  test('a slow image holds the load event back for 4 s: the panel does not wait for it', async ({
    page,
    context,
  }) => {
    const address = `${ANGULAR}/Sanitaire/TDB/Demandeur?image-lente`;
    const html = fixtureHtml('dashboard').replace(
      '</main>',
      '<img src="/Trajectoire/images/bandeau-lent.png" alt="" width="10" height="10" /></main>',
    );
    await context.route(address, (route) =>
      route.fulfill({ contentType: 'text/html; charset=utf-8', body: html }),
    );
    await context.route(`${VT_ORIGIN}/Trajectoire/images/bandeau-lent.png`, async (route) => {
      await new Promise((resolve) => setTimeout(resolve, 4_000));
      await route.fulfill({ status: 404, body: '' }).catch(() => {});
    });
    await recordLoadAndPanel(page);
    await page.goto(address, { waitUntil: 'domcontentloaded' });
    await expect(page.locator('vt-act-guide')).toHaveCount(1, { timeout: 3_000 });
    const times = await timesOf(page);
    expect(times.loadEnd, 'the page is still loading its image').toBeUndefined();
    // Chrome injects the script 200 ms after DOMContentLoaded when a subresource is slow; the
    // panel then waits 20 ms at most. One second leaves room for a busy machine.
    expect((times.inserted ?? Number.POSITIVE_INFINITY) - (times.dcl ?? 0)).toBeLessThan(1_000);
    await expect(panelOf(page)).toHaveAttribute('data-page', 'dashboard');
  });
});

test('an account page that keeps changing while its table is late: the situation follows the table', async ({
  page,
  context,
}) => {
  // The habilitations render once the reads backed off, while a status line and a list of 20 rows
  // change every 20 ms (a clock, a spinner, a live feed): the panel reads sparingly, and still in time.
  const address = `${ANGULAR}/Administration/MonCompte/EnMouvement`;
  const html = fixtureHtml('account-no-habilitation');
  const main = /<main>([\s\S]*)<\/main>/.exec(html)?.[1] ?? '';
  const churn = `<p id="etat" role="status">Chargement…</p><ul id="flux"></ul>
    <script>
      const flux = document.getElementById('flux');
      const etat = document.getElementById('etat');
      let n = 0;
      const tick = setInterval(() => {
        for (let i = 0; i < 20; i++) {
          const li = document.createElement('li');
          li.textContent = 'Mise à jour ' + n++;
          flux.append(li);
          if (flux.children.length > 200) flux.firstElementChild.remove();
        }
        etat.textContent = 'Chargement… ' + n;
      }, 20);
      window.__renderTable = (markup) => {
        const parsed = new DOMParser().parseFromString('<main>' + markup + '</main>', 'text/html');
        document.querySelector('main').append(...parsed.body.querySelector('main').childNodes);
        window.__renderedAt = performance.now();
      };
      window.__stopChurn = () => clearInterval(tick);
    </script>`;
  await context.route(address, (route) =>
    route.fulfill({
      contentType: 'text/html; charset=utf-8',
      body: html.replace(/<main>[\s\S]*<\/main>/, `<main></main>${churn}`),
    }),
  );
  await page.goto(address);
  const panel = panelOf(page);
  await expect(panel).toHaveAttribute('data-page', 'account');
  await expect(panel).toHaveAttribute('data-situation', 'how-to-request');
  // Backed off: the first read, then one per doubled interval until the last interval is reached.
  await expectReadAfter(page, READS_UNTIL_LAST_INTERVAL);
  const msUntilSituation = await page.evaluate(
    (markup) =>
      new Promise<number>((resolve) => {
        const aside = document.querySelector('vt-act-guide')?.shadowRoot?.querySelector('aside.panel');
        if (!aside) throw new Error('no panel');
        const start = performance.now();
        const observer = new MutationObserver(() => {
          if (aside.getAttribute('data-situation') !== 'no-habilitation') return;
          observer.disconnect();
          resolve(performance.now() - start);
        });
        observer.observe(aside, { attributes: true });
        setTimeout(() => resolve(-1), 5_000);
        (window as unknown as { __renderTable(markup: string): void }).__renderTable(markup);
      }),
    main,
  );
  await page.evaluate(() => (window as unknown as { __stopChurn(): void }).__stopChurn());
  expect(
    msUntilSituation,
    'ms from the table rendering to data-situation=no-habilitation',
  ).toBeGreaterThanOrEqual(0);
  // Reads back off to one every two seconds while the page keeps changing without its chrome.
  expect(msUntilSituation).toBeLessThanOrEqual(2_500);
});
