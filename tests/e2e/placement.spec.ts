// The panel helps without getting in the way. It starts below the site's top banner (never over its
// menus, the user's name or « Se déconnecter »), opens by itself only when the situation calls for
// an action, remembers a collapse, and stays a tab on a narrow window.
import type { Locator, Page } from '@playwright/test';
import { labels } from '../../content/text/fr/panel';
import { fixtureUrl } from '../support/fixtures.mjs';
import { expect, test } from './extension';
import { panelOf } from './open-panel';
import { expectReadAfter } from './signals';

/**
 * What the page reports at the centre of `selector`'s element: 'self' when it is that element
 * (or inside it), else the tag name of what covers it (vt-act-guide for our panel).
 */
async function whatIsAtCentreOf(page: Page, selector: string): Promise<string> {
  return page.evaluate((selector) => {
    const target = document.querySelector(selector);
    if (!target) return 'missing';
    const box = target.getBoundingClientRect();
    const hit = document.elementFromPoint(box.left + box.width / 2, box.top + box.height / 2);
    if (!hit) return 'nothing';
    return target === hit || target.contains(hit) ? 'self' : hit.localName;
  }, selector);
}

/** Opens the panel, from its tab if it started as one (where it starts is tested below). */
async function forceOpen(panel: Locator) {
  await expect(panel).toHaveAttribute('data-situation', /./);
  if ((await panel.getAttribute('data-open')) === 'false') await panel.locator('.panel-tab').click();
  await expect(panel).toHaveAttribute('data-open', 'true');
}

test.describe('the panel never covers the site’s top banner', () => {
  test.use({ viewport: { width: 1280, height: 800 } });

  test('a fixed banner: the user’s menu and « Se déconnecter » stay uncovered, the panel starts below', async ({
    page,
  }) => {
    await page.goto(fixtureUrl('dashboard-fixed-banner'));
    const panel = panelOf(page);
    await forceOpen(panel);
    // The panel does sit on the banner's side, over the page's right edge.
    const body = await panel.locator('.panel-body').boundingBox();
    const banner = await page.locator('#entete').boundingBox();
    expect(body && banner).toBeTruthy();
    if (!body || !banner) return;
    expect(body.x + body.width).toBeGreaterThan(1200);
    expect(body.y).toBeGreaterThanOrEqual(banner.y + banner.height - 1);
    expect(await whatIsAtCentreOf(page, '#menu-utilisateur')).toBe('self');
    expect(await whatIsAtCentreOf(page, '#se-deconnecter')).toBe('self');
    // Still so once the page scrolls (the banner is fixed) and after a resize.
    await page.mouse.wheel(0, 400);
    await page.setViewportSize({ width: 1100, height: 700 });
    await expect.poll(() => whatIsAtCentreOf(page, '#menu-utilisateur')).toBe('self');
    expect(await whatIsAtCentreOf(page, '#se-deconnecter')).toBe('self');
  });

  test('a static banner at the top of the page: the user’s name stays uncovered', async ({ page }) => {
    await page.goto(fixtureUrl('dashboard'));
    const panel = panelOf(page);
    await forceOpen(panel);
    expect(await whatIsAtCentreOf(page, '#entete button[aria-haspopup="menu"]')).toBe('self');
  });

  test('the collapsed tab sits below the banner too', async ({ page }) => {
    await page.goto(fixtureUrl('dashboard-fixed-banner'));
    const tab = await panelOf(page).locator('.panel-tab').boundingBox();
    const banner = await page.locator('#entete').boundingBox();
    expect(tab && banner).toBeTruthy();
    if (!tab || !banner) return;
    expect(tab.y).toBeGreaterThanOrEqual(banner.y + banner.height);
  });
});

test.describe('the panel opens by itself only for a blocker', () => {
  test.use({ viewport: { width: 1280, height: 800 } });

  test('nothing to do (how-to-request) or logged out (no-account): a labelled tab; a blocker (no-habilitation): open; a collapse is remembered', async ({
    page,
  }) => {
    await page.goto(fixtureUrl('dashboard'));
    const panel = panelOf(page);
    await expect(panel).toHaveAttribute('data-situation', 'how-to-request');
    await expect(panel).toHaveAttribute('data-open', 'false');
    await expect(panel.getByRole('button', { name: /Guide ACT/ })).toBeVisible();

    await page.goto(fixtureUrl('login'));
    await expect(panel).toHaveAttribute('data-situation', 'no-account');
    await expectReadAfter(page, 0);
    await expect(panel).toHaveAttribute('data-open', 'false');

    await page.goto(fixtureUrl('account-no-habilitation'));
    await expect(panel).toHaveAttribute('data-situation', 'no-habilitation');
    await expect(panel).toHaveAttribute('data-open', 'true');

    await panel.getByRole('button', { name: labels.panelCollapse }).click();
    await expect(panel).toHaveAttribute('data-open', 'false');
    await page.reload();
    await expect(panel).toHaveAttribute('data-situation', 'no-habilitation');
    // The script read the page and decided: it stays a tab.
    await expectReadAfter(page, 0);
    await expect(panel).toHaveAttribute('data-open', 'false');
  });
});

test.describe('on a narrow window', () => {
  test.use({ viewport: { width: 800, height: 700 } });

  test('the login page’s password field is not covered', async ({ page }) => {
    await page.goto(fixtureUrl('login'));
    const panel = panelOf(page);
    await expect(panel).toHaveAttribute('data-situation', 'no-account');
    await expectReadAfter(page, 0);
    await expect(panel).toHaveAttribute('data-open', 'false');
    expect(await whatIsAtCentreOf(page, 'input[type="password"]')).toBe('self');
    expect(await whatIsAtCentreOf(page, '#UserName')).toBe('self');
  });
});
