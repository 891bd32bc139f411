// The panel of the e2e build, whose shadow root is open so that Playwright's locators reach inside
// it (the shipped build's closed panel is read through ./closed-panel.ts instead). The panel opens
// by itself only where the situation calls for an action (content/options.ts, panelOpensAtStart);
// elsewhere it starts as a tab. Tests about what the open panel shows open it as the user does: a
// click on the tab.
import type { Locator, Page } from '@playwright/test';
import { expect } from './extension';

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
