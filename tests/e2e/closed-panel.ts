// Reads and clicks the panel of the SHIPPED build, whose shadow root is closed: no page script and
// no Playwright locator reaches inside. The DevTools protocol does (DOM.getDocument with pierce),
// as a person's eyes and mouse do; the hostile-page suite uses it to check what the user sees.
import type { CDPSession, Page } from '@playwright/test';

interface DomNode {
  nodeId: number;
  nodeType: number;
  localName?: string;
  nodeValue?: string;
  attributes?: string[];
  children?: DomNode[];
  shadowRoots?: DomNode[];
  shadowRootType?: string;
  contentDocument?: DomNode;
}

export interface ClosedPanel {
  /** The shadow root's type as the browser reports it ('closed' in the shipped build). */
  rootType: string;
  /** The host's tag name (vt-act-guide, or div when the page defined that name first). */
  hostName: string;
  /** Every text node of the panel, joined by new lines. */
  text: string;
  /** An attribute of the panel's <aside>. */
  asideAttribute(name: string): string | undefined;
  /** Every href of the panel's links. */
  hrefs: string[];
  /** The centre of the first button or link whose text contains `label`, in page coordinates. */
  centreOf(label: string): Promise<{ x: number; y: number }>;
}

const attribute = (node: DomNode, name: string): string | undefined => {
  const list = node.attributes ?? [];
  for (let index = 0; index < list.length; index += 2) if (list[index] === name) return list[index + 1];
  return undefined;
};

function* walk(node: DomNode): Generator<DomNode> {
  yield node;
  for (const root of node.shadowRoots ?? []) yield* walk(root);
  for (const child of node.children ?? []) yield* walk(child);
}

const textOf = (node: DomNode): string =>
  [...walk(node)]
    .filter((each) => each.nodeType === 3)
    .map((each) => each.nodeValue ?? '')
    .join('');

/** The first button or link whose text contains `label`, or whose accessible label is `label`. */
const findControl = (root: DomNode | undefined, label: string): DomNode | undefined =>
  root
    ? [...walk(root)].find(
        (node) =>
          (node.localName === 'button' || node.localName === 'a') &&
          (textOf(node).includes(label) || attribute(node, 'aria-label') === label),
      )
    : undefined;

/** The top document's element that hosts the extension's panel: the one holding an <aside class="panel">. */
function findHost(document: DomNode): { host: DomNode; root: DomNode } | undefined {
  const stack: DomNode[] = [document];
  while (stack.length > 0) {
    const node = stack.pop() as DomNode;
    for (const root of node.shadowRoots ?? []) {
      const hasPanel = [...walk(root)].some(
        (each) => each.localName === 'aside' && (attribute(each, 'class') ?? '').split(' ').includes('panel'),
      );
      if (hasPanel) return { host: node, root };
    }
    // Never into frames: the top document's panel only.
    stack.push(...(node.children ?? []));
  }
  return undefined;
}

export async function closedPanel(page: Page): Promise<ClosedPanel | undefined> {
  const cdp: CDPSession = await page.context().newCDPSession(page);
  try {
    const { root: document } = (await cdp.send('DOM.getDocument', { depth: -1, pierce: true })) as {
      root: DomNode;
    };
    const found = findHost(document);
    if (!found) return undefined;
    const { host, root } = found;
    const nodes = [...walk(root)];
    const aside = nodes.find((node) => node.localName === 'aside');
    return {
      rootType: root.shadowRootType ?? '',
      hostName: host.localName ?? '',
      text: nodes
        .filter((node) => node.nodeType === 1 && node.localName !== 'style')
        .flatMap((node) => (node.children ?? []).filter((child) => child.nodeType === 3))
        .map((node) => node.nodeValue ?? '')
        .join('\n'),
      asideAttribute: (name) => (aside ? attribute(aside, name) : undefined),
      hrefs: nodes.flatMap((node) => {
        const href = node.localName === 'a' ? attribute(node, 'href') : undefined;
        return href === undefined ? [] : [href];
      }),
      async centreOf(label) {
        // Node ids belong to the session that asked for the document: ask again in a live one.
        const session = await page.context().newCDPSession(page);
        try {
          const { root: again } = (await session.send('DOM.getDocument', { depth: -1, pierce: true })) as {
            root: DomNode;
          };
          const target = findControl(findHost(again)?.root, label);
          if (!target) throw new Error(`no button or link "${label}" in the panel`);
          const { model } = (await session.send('DOM.getBoxModel', { nodeId: target.nodeId })) as {
            model: { content: number[] };
          };
          const [x1, y1, , , x3, y3] = model.content as [number, number, number, number, number, number];
          return { x: (x1 + x3) / 2, y: (y1 + y3) / 2 };
        } finally {
          await session.detach();
        }
      },
    };
  } finally {
    await cdp.detach();
  }
}
