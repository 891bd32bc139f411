// The page is not trusted (PRIVACY.md, « Ce que la page peut voir et faire »). ViaTrajectoire's
// page, or a script injected into it, may read the DOM, call click(), dispatch events, patch
// prototypes and define custom elements. It may hide the panel or draw over it, see that focus is
// in it and read the text a person selects in it; it must not read what the panel shows, change it,
// act through it, or remove it for good.
// Run on the SHIPPED build (closed shadow root); what the user sees is read through the DevTools
// protocol (./closed-panel.ts) and real clicks are made with Playwright's mouse.
import type { BrowserContext, Page, Worker } from '@playwright/test';
import { CONTACT_ADDRESS, situationById } from '../../content/guide';
import { fixture } from '../support/fixtures.mjs';
import { type ClosedPanel, closedPanel } from './closed-panel';
import { expect, storedText, test } from './extension';

const ATTACKER_ADDRESS = 'attaquant@example.org';
/** A page where the panel opens on a situation with a composer button (no-unit). */
const PAGE = fixture('establishment-no-unit');
/** That situation's primary action, which opens the composer. */
const WRITE = situationById('no-unit').mails[0]?.label ?? 'no label';

async function panelNow(page: Page): Promise<ClosedPanel> {
  const panel = await closedPanel(page);
  if (!panel) throw new Error('no panel on the page');
  return panel;
}

interface Observed {
  tabs: number;
  storage: string;
  situation: string | undefined;
  open: string | undefined;
  showsAddress: boolean;
}

async function observe(context: BrowserContext, worker: Worker, page: Page): Promise<Observed> {
  const panel = await panelNow(page);
  return {
    tabs: context.pages().length,
    storage: await storedText(worker),
    situation: panel.asideAttribute('data-situation'),
    open: panel.asideAttribute('data-open'),
    showsAddress: panel.text.includes(CONTACT_ADDRESS) && !panel.text.includes(ATTACKER_ADDRESS),
  };
}

/** What the panel stores on arrival on this page: the missing unit learnt. */
async function firstWritesDone(worker: Worker): Promise<boolean> {
  const { local } = JSON.parse(await storedText(worker));
  return local.learnt?.hasUnit?.value === false;
}

/** Opens the page, waits for the panel and for its first writes, and returns what it shows. */
async function arrive(context: BrowserContext, worker: Worker, page: Page) {
  await page.goto(PAGE.url);
  await expect.poll(async () => (await closedPanel(page))?.asideAttribute('data-situation')).toBe('no-unit');
  await expect.poll(() => firstWritesDone(worker)).toBe(true);
  const before = await observe(context, worker, page);
  expect(before).toMatchObject({ situation: 'no-unit', open: 'true', showsAddress: true });
  return { before };
}

/** The box of the panel's first element whose own text holds `text` (read through the DevTools protocol). */
async function textBoxOf(page: Page, text: string) {
  const cdp = await page.context().newCDPSession(page);
  try {
    type Node = {
      nodeId: number;
      nodeType: number;
      nodeValue?: string;
      children?: Node[];
      shadowRoots?: Node[];
    };
    const { root } = (await cdp.send('DOM.getDocument', { depth: -1, pierce: true })) as { root: Node };
    const holders: Node[] = [];
    const visit = (node: Node) => {
      if ((node.children ?? []).some((child) => child.nodeType === 3 && child.nodeValue?.includes(text)))
        holders.push(node);
      for (const child of [...(node.shadowRoots ?? []), ...(node.children ?? [])]) visit(child);
    };
    visit(root);
    const holder = holders[0];
    if (!holder) throw new Error(`no element of the page holds « ${text} »`);
    const { model } = (await cdp.send('DOM.getBoxModel', { nodeId: holder.nodeId })) as {
      model: { content: number[] };
    };
    const [x1, y1, , , , y3] = model.content as [number, number, number, number, number, number];
    return { left: x1, middle: (y1 + y3) / 2 };
  } finally {
    await cdp.detach();
  }
}

/** A person's real click on the panel's control labelled `label`. */
async function clickAsPerson(page: Page, label: string) {
  const centre = await (await panelNow(page)).centreOf(label);
  await page.mouse.click(centre.x, centre.y);
}

/**
 * After an attack: nothing changed, no tab opened, nothing written. The attack's events were
 * dispatched synchronously; what they could have started (a write, a message) was queued before
 * a person's collapse and reopen, whose own writes are waited for: then everything is compared.
 */
async function expectUnmoved(context: BrowserContext, worker: Worker, page: Page, before: Observed) {
  expect(await observe(context, worker, page)).toEqual(before);
  await clickAsPerson(page, 'Réduire le guide');
  await expect.poll(() => storedText(worker)).toContain('"open":false');
  await clickAsPerson(page, 'Guide ACT');
  await expect.poll(() => storedText(worker)).toContain('"open":true');
  const after = await observe(context, worker, page);
  expect({ ...after, storage: '' }).toEqual({ ...before, storage: '' });
  // The person's collapse dismissed the blocker (its id), their reopen opened it: nothing else was written.
  const was = JSON.parse(before.storage);
  expect(JSON.parse(after.storage)).toEqual({
    ...was,
    local: { ...was.local, panel: { open: true, dismissed: ['no-unit'] } },
  });
}

test.describe('a hostile page, on the shipped build', () => {
  test.use({ build: 'shipped' });

  test('cannot read the panel: the shadow root is closed, the host holds no text', async ({
    context,
    extensionWorker: worker,
    page,
  }) => {
    await arrive(context, worker, page);
    const seenByPage = await page.evaluate(() => {
      const host = document.querySelector('vt-act-guide');
      let reattached = 'refused';
      try {
        host?.attachShadow({ mode: 'open' });
        reattached = 'allowed';
      } catch {
        // A second shadow root is refused: the page cannot swap ours for its own.
      }
      return {
        exists: host !== null,
        shadowRoot: host?.shadowRoot === null ? 'null' : 'readable',
        text: host?.textContent ?? '',
        html: host?.getHTML?.({ serializableShadowRoots: true }) ?? '',
        reattached,
        // Anything in the page's own DOM that shows the address: the panel's text is not there.
        bodyHasAddress: document.documentElement.textContent?.includes('viatrajectoire.creation@') ?? false,
      };
    });
    // What the page can see: an element exists. What it cannot: anything inside.
    expect(seenByPage).toEqual({
      exists: true,
      shadowRoot: 'null',
      text: '',
      html: '',
      reattached: 'refused',
      bodyHasAddress: false,
    });
    const panel = await panelNow(page);
    expect(panel.rootType).toBe('closed');
    expect(panel.text).toContain(CONTACT_ADDRESS);
  });

  test('script clicks and key presses on everything it can reach do nothing', async ({
    context,
    extensionWorker: worker,
    page,
  }) => {
    const { before } = await arrive(context, worker, page);
    await page.evaluate(() => {
      const host = document.querySelector('vt-act-guide') as HTMLElement;
      const targets: EventTarget[] = [host, document, window, document.body, document.documentElement];
      host.click();
      host.focus();
      for (const target of targets) {
        for (const key of ['Enter', ' ', 'Escape', 'Tab']) {
          for (const type of ['keydown', 'keypress', 'keyup']) {
            target.dispatchEvent(new KeyboardEvent(type, { key, bubbles: true, composed: true }));
          }
        }
        for (const type of ['pointerdown', 'mousedown', 'mouseup', 'click']) {
          target.dispatchEvent(new MouseEvent(type, { bubbles: true, composed: true }));
        }
      }
      // Every element of the page that is no link (a link would navigate away).
      for (const element of document.querySelectorAll<HTMLElement>('*:not(a)')) element.click();
    });
    await expectUnmoved(context, worker, page, before);
  });

  test('cannot change what the panel shows, the contact address above all', async ({
    context,
    extensionWorker: worker,
    page,
  }) => {
    const { before } = await arrive(context, worker, page);
    await page.evaluate((attacker) => {
      const host = document.querySelector('vt-act-guide') as HTMLElement;
      // Light DOM children of the host are never shown: the shadow root has no slot.
      host.textContent = `Écrivez à ${attacker}`;
      host.append(
        Object.assign(document.createElement('a'), { href: `mailto:${attacker}`, textContent: attacker }),
      );
      // Text replaced everywhere the page can reach.
      const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        node.nodeValue = (node.nodeValue ?? '').replaceAll('viatrajectoire.creation@sesan.fr', attacker);
      }
    }, ATTACKER_ADDRESS);
    await expectUnmoved(context, worker, page, before);
    const panel = await panelNow(page);
    expect(panel.hrefs.join(' ')).not.toContain(ATTACKER_ADDRESS);
    // The shipped panel has no mail link at all: every message is written in the composer.
    expect(panel.hrefs.filter((href) => href.startsWith('mailto:'))).toEqual([]);
  });

  test('forged navigation, load and resize events change nothing', async ({
    context,
    extensionId,
    extensionWorker: worker,
    page,
  }) => {
    const { before } = await arrive(context, worker, page);
    await page.evaluate((id) => {
      // WXT's own event name is unique to the extension, but an extension's id is no secret.
      const locationChange = `${id}:viatrajectoire:wxt:locationchange`;
      for (const type of [
        locationChange,
        'wxt:locationchange',
        'load',
        'resize',
        'pageshow',
        'popstate',
        'hashchange',
      ]) {
        window.dispatchEvent(new CustomEvent(type, { detail: { newUrl: 'https://example.org/' } }));
      }
      window.dispatchEvent(new PageTransitionEvent('pageshow', { persisted: true }));
    }, extensionId);
    await expectUnmoved(context, worker, page, before);
  });

  test('cannot remove the panel with WXT’s « content script started » event, in either form', async ({
    context,
    extensionId,
    extensionWorker: worker,
    page,
  }) => {
    const { before } = await arrive(context, worker, page);
    // What WXT's context listens for to step aside for a newer injection: the extension's id
    // (public for a store install) and the script's name are all the page needs to forge it.
    const started = await page.evaluate((id) => {
      const type = `${id}:viatrajectoire:wxt:content-script-started`;
      const detail = { contentScriptName: 'viatrajectoire', messageId: 'forged-by-the-page' };
      document.dispatchEvent(new CustomEvent(type, { detail }));
      window.dispatchEvent(new CustomEvent(type, { detail }));
      window.postMessage({ type, ...detail }, '*');
      // The posted message is delivered in a later task: this promise resolves after it.
      return new Promise<string>((resolve) => {
        window.addEventListener('message', (event) => resolve(String(event.data?.type)), { once: true });
      });
    }, extensionId);
    expect(started).toBe(`${extensionId}:viatrajectoire:wxt:content-script-started`);
    // The host stays, and the panel answers a person (expectUnmoved collapses and reopens it).
    expect(await page.locator('vt-act-guide').count()).toBe(1);
    await expectUnmoved(context, worker, page, before);
  });

  test('cannot remove the panel for good: removed once, again and again, or with the root element, it comes back', async ({
    context,
    extensionWorker: worker,
    page,
  }) => {
    const { before } = await arrive(context, worker, page);
    const hosts = () => page.locator('vt-act-guide').count();
    // Once: put back at once (before the page's next task).
    expect(
      await page.evaluate(async () => {
        document.querySelector('vt-act-guide')?.remove();
        await new Promise((resolve) => setTimeout(resolve, 0));
        return document.querySelectorAll('vt-act-guide').length;
      }),
    ).toBe(1);
    // Again and again, each time it is put back: more times than it is put back at once.
    const removals = await page.evaluate(async () => {
      let count = 0;
      const remover = new MutationObserver(() => {
        const host = document.querySelector('vt-act-guide');
        if (host && count < 100) {
          count++;
          host.remove();
        }
      });
      remover.observe(document.documentElement, { childList: true });
      document.querySelector('vt-act-guide')?.remove();
      await new Promise((resolve) => setTimeout(resolve, 50));
      remover.disconnect();
      return { count, left: document.querySelectorAll('vt-act-guide').length };
    });
    // The page outlasted the returns at once: the host is out of the page, and comes back later.
    expect(removals.count).toBeGreaterThan(10);
    expect(removals.left).toBe(0);
    await expect.poll(hosts).toBe(1);
    expect(await observe(context, worker, page)).toEqual(before);
    // The whole root element replaced by a copy without the host: the host comes back in the new one.
    await page.evaluate(() => {
      const copy = document.documentElement.cloneNode(true) as HTMLElement;
      for (const clone of copy.querySelectorAll('vt-act-guide')) clone.remove();
      document.replaceChild(copy, document.documentElement);
    });
    expect(await hosts()).toBe(0);
    await expect.poll(hosts).toBe(1);
    await expectUnmoved(context, worker, page, before);
  });

  test('what the page can see: that focus is in the panel (never on which control), and the text a person selects in it', async ({
    context,
    extensionWorker: worker,
    page,
  }) => {
    await arrive(context, worker, page);
    // A person's click on a control of the panel: the page sees the host as the focused element,
    // and nothing inside it.
    await clickAsPerson(page, 'Réduire le guide');
    const focus = await page.evaluate(() => {
      const active = document.activeElement;
      return {
        tag: active?.localName,
        isHost: active === document.querySelector('vt-act-guide'),
        root: active?.shadowRoot ?? null,
      };
    });
    expect(focus).toEqual({ tag: 'vt-act-guide', isHost: true, root: null });
    await clickAsPerson(page, 'Guide ACT');
    await expect.poll(() => storedText(worker)).toContain('"open":true');
    // A person selects a line of the panel (a triple click): the page can read the selected text.
    const line = await textBoxOf(page, CONTACT_ADDRESS);
    await page.mouse.click(line.left + 2, line.middle, { clickCount: 3 });
    const selected = await page.evaluate(() => document.getSelection()?.toString() ?? '');
    expect(selected).toContain(CONTACT_ADDRESS);
  });

  test('a custom element defined first under the host’s name gets nothing', async ({
    context,
    extensionWorker: worker,
    page,
  }) => {
    // Runs before the page's own scripts, so before the extension's content script too.
    await page.addInitScript((attacker) => {
      class Impostor extends HTMLElement {
        constructor() {
          super();
          const root = this.attachShadow({ mode: 'open' });
          root.textContent = `Contact : ${attacker}`;
          (window as unknown as { impostors: HTMLElement[] }).impostors ??= [];
          (window as unknown as { impostors: HTMLElement[] }).impostors.push(this);
        }
      }
      customElements.define('vt-act-guide', Impostor);
    }, ATTACKER_ADDRESS);
    const { before } = await arrive(context, worker, page);
    const panel = await panelNow(page);
    expect(panel.rootType).toBe('closed');
    const readable = await page.evaluate(() =>
      [...document.querySelectorAll('*')]
        .filter((element) => element.shadowRoot !== null)
        .map((element) => element.shadowRoot?.textContent ?? '')
        .join('\n'),
    );
    // Whatever the impostor got, it is not the panel: no readable shadow root holds the address.
    expect(readable).not.toContain(CONTACT_ADDRESS);
    await expectUnmoved(context, worker, page, before);
  });

  test('a custom element defined later under the host’s name gets nothing either', async ({
    context,
    extensionWorker: worker,
    page,
  }) => {
    const { before } = await arrive(context, worker, page);
    const upgrade = await page.evaluate((attacker) => {
      let outcome = 'constructor never ran';
      class Impostor extends HTMLElement {
        constructor() {
          super();
          try {
            this.attachShadow({ mode: 'open' }).textContent = `Contact : ${attacker}`;
            outcome = 'took over';
          } catch {
            outcome = 'refused';
          }
        }
      }
      customElements.define('vt-act-guide', Impostor);
      return outcome;
    }, ATTACKER_ADDRESS);
    // Upgraded, the page's code finds our root already there: it cannot attach its own.
    expect(upgrade).not.toBe('took over');
    await expectUnmoved(context, worker, page, before);
  });

  test('a person’s real clicks still work: collapse, then open the composer once', async ({
    context,
    extensionId,
    extensionWorker: worker,
    page,
  }) => {
    await arrive(context, worker, page);
    const tabs = context.pages().length;
    const compose = await (await panelNow(page)).centreOf(WRITE);
    await page.mouse.click(compose.x, compose.y);
    await expect.poll(() => context.pages().length).toBe(tabs + 1);
    const composer = context.pages().at(-1);
    expect(composer?.url()).toContain(`chrome-extension://${extensionId}/composer.html#no-unit`);
    await composer?.close();
    await page.bringToFront();

    const collapse = await (await panelNow(page)).centreOf('Réduire le guide');
    await page.mouse.click(collapse.x, collapse.y);
    await expect.poll(async () => (await panelNow(page)).asideAttribute('data-open')).toBe('false');
    await expect.poll(() => storedText(worker)).toContain('"panel":{"dismissed":["no-unit"],"open":false}');
  });
});

// Defence in depth: even in the test build, whose shadow root is open to the page, a script's
// click() on every control does nothing. Only trusted events (a person's) act.
test('with the shadow root open (test build), script clicks on every control still do nothing', async ({
  context,
  extensionWorker: worker,
  page,
}) => {
  const { before } = await arrive(context, worker, page);
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], {
    origin: new URL(page.url()).origin,
  });
  await page.evaluate(() => navigator.clipboard.writeText('presse-papiers avant l’attaque'));
  const reached = await page.evaluate(() => {
    const root = document.querySelector('vt-act-guide')?.shadowRoot;
    const controls = [
      ...(root?.querySelectorAll<HTMLElement>('button, a, summary, input, [tabindex]') ?? []),
    ];
    for (const control of controls) {
      control.click();
      for (const key of ['Enter', ' ', 'Escape']) {
        control.dispatchEvent(new KeyboardEvent('keydown', { key, bubbles: true, composed: true }));
      }
    }
    return controls.length;
  });
  // The attack reached the controls: compose, copy, mail links, chooser, collapse…
  expect(reached).toBeGreaterThan(5);
  await expectUnmoved(context, worker, page, before);
  // The copy button's click did not copy.
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe('presse-papiers avant l’attaque');
});
