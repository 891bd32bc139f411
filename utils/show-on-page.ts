// The popup's side of « Afficher le guide sur cette page » (components/ShowOnPage.tsx): the active
// tab's content script is asked, by runtime message only, whether its panel is open, then to show
// it. A tab that is not ViaTrajectoire runs no content script: it never answers, and the popup
// offers nothing there.
import { browser } from 'wxt/browser';
import type { ShowOnPageApi } from '../components/ShowOnPage';
import { PANEL_STATUS_MESSAGE, type PanelStatus, SHOW_PANEL_MESSAGE } from './messages';

async function activeTabId(): Promise<number | undefined> {
  const [tab] = await browser.tabs.query({ active: true, lastFocusedWindow: true });
  return tab?.id !== undefined && tab.id >= 0 ? tab.id : undefined;
}

function isPanelStatus(answer: unknown): answer is PanelStatus {
  const status = answer as Partial<PanelStatus> | null | undefined;
  return typeof status?.inPage === 'boolean' && typeof status.open === 'boolean';
}

/** The tab the button was offered for: a click acts on it, whatever tab is active by then. */
let offeredTab: number | undefined;

/** Whether the active tab's panel can be shown: a ViaTrajectoire tab whose panel is not open. */
export async function panelCanBeShown(): Promise<boolean> {
  offeredTab = undefined;
  const tabId = await activeTabId();
  if (tabId === undefined) return false;
  try {
    const answer: unknown = await browser.tabs.sendMessage(tabId, { type: PANEL_STATUS_MESSAGE });
    if (!isPanelStatus(answer) || answer.open) return false;
    offeredTab = tabId;
    return true;
  } catch {
    return false;
  }
}

/** Shows the panel, open, in the tab the button was offered for, then closes the popup so the page is seen. */
export async function showPanelOnPage(): Promise<void> {
  if (offeredTab === undefined) return;
  await browser.tabs.sendMessage(offeredTab, { type: SHOW_PANEL_MESSAGE }).catch(() => {});
  window.close();
}

export const showOnPageApi: ShowOnPageApi = { available: panelCanBeShown, show: showPanelOnPage };
