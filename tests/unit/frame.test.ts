// Where the panel may show (content/frame.ts): a tab's top page, never a frame, whoever frames it.
import { describe, expect, it } from 'vitest';
import { panelBelongsHere } from '../../content/frame';

/** A window as the check sees it: its own top, or a frame under some other top. */
const topWindow = (): Window => {
  const win = {} as { top: unknown };
  win.top = win;
  return win as unknown as Window;
};
const frameUnder = (top: Window): Window =>
  ({ top, innerWidth: 1600, innerHeight: 1200 }) as unknown as Window;

describe('where the panel belongs', () => {
  it('in a tab’s top page', () => {
    expect(panelBelongsHere(topWindow())).toBe(true);
    expect(panelBelongsHere(window)).toBe(true);
  });

  it('never in a frame, however big, whether its top page is ViaTrajectoire’s or another site’s', () => {
    expect(panelBelongsHere(frameUnder(topWindow()))).toBe(false);
    expect(panelBelongsHere(frameUnder(window))).toBe(false);
    // A top that cannot be reached at all (a sandboxed or detached frame) is no top of ours either.
    expect(panelBelongsHere({ top: null } as unknown as Window)).toBe(false);
  });
});
