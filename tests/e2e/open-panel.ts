// The panel of the e2e build, whose shadow root is open so that Playwright's locators reach inside
// it (the shipped build's closed panel is read through ./closed-panel.ts instead). The panel opens
// by itself only on a blocker (content/options.ts, panelOpensAtStart); elsewhere it starts as a
// tab, and where nothing is left to do the page holds nothing until the user asks (panelInPage).
// Tests about what the open panel shows open it as the user does: a click on the tab.
import type { Locator, Page } from '@playwright/test';
import { SHOW_PANEL_MESSAGE } from '../../utils/messages';
import { expect } from './extension';
import { expectDecided } from './signals';

// Only for the type checker: askForPanel's callback runs in the extension's service worker.
declare const chrome: {
  tabs: {
    query(query: { active: boolean }): Promise<{ id?: number }[]>;
    sendMessage(tabId: number, message: unknown): Promise<unknown>;
  };
};

/** The panel's root, <aside class="panel">, inside the open shadow root of <vt-act-guide>. */
export function panelOf(page: Page | ReturnType<Page['frameLocator']>): Locator {
  return page.locator('vt-act-guide').locator('aside.panel');
}

/** Expects a collapsed panel (the tab), clicks it, and waits for the panel to be open. */
export async function openByItsTab(panel: Locator): Promise<void> {
  await expect(panel).toHaveAttribute('data-open', 'false');
  await panel.locator('.panel-tab').click();
  await expect(panel).toHaveAttribute('data-open', 'true');
}

/** What the toolbar popup's « Afficher le guide sur cette page » sends to the active tab. */
export async function askForPanel(page: Page): Promise<void> {
  const [worker] = page.context().serviceWorkers();
  if (!worker) throw new Error('no service worker');
  await worker.evaluate(async (type) => {
    const tab = (await chrome.tabs.query({ active: true })).find((candidate) => candidate.id !== undefined);
    if (tab?.id === undefined) throw new Error('no active tab');
    await chrome.tabs.sendMessage(tab.id, { type });
  }, SHOW_PANEL_MESSAGE);
}

/**
 * The panel of a page, once the page was read. Where nothing is left to do (the four
 * prerequisites met, as an account page with a habilitation that creates requests shows), the page
 * holds nothing of ours: the user asks for it from the toolbar popup, and it comes open.
 */
export async function panelInPage(page: Page): Promise<Locator> {
  if ((await expectDecided(page)) !== 'panel') {
    await expect(page.locator('vt-act-guide')).toHaveCount(0);
    await askForPanel(page);
  }
  const panel = panelOf(page);
  await expect(panel).toHaveCount(1);
  return panel;
}
