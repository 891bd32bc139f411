// The element a component test renders into: attached before each test, emptied and detached after.
import { render } from 'preact';
import { afterEach, beforeEach } from 'vitest';

export function renderRoot(): HTMLElement {
  const root = document.createElement('div');
  beforeEach(() => {
    document.body.append(root);
  });
  afterEach(() => {
    render(null, root);
    root.remove();
  });
  return root;
}
