import { describe, expect, it } from 'vitest';
import { BANNER_MAX_HEIGHT, panelTopBelowBanner } from '../../content/placement';

const box = (top: number, bottom: number) => ({ top, bottom });

describe('panelTopBelowBanner: the panel starts below the site’s top banner', () => {
  it('is 0 when nothing banner-like sits at the top', () => {
    expect(panelTopBelowBanner([], 800)).toBe(0);
    // A page column from the top down: too tall to be a banner.
    expect(panelTopBelowBanner([box(0, 2400)], 800)).toBe(0);
    // An element lower on the page.
    expect(panelTopBelowBanner([box(120, 180)], 800)).toBe(0);
  });

  it('starts below a fixed banner and its user menu (the lowest bottom among them)', () => {
    // The user's name (a link), its menu item, the navbar, the page column behind it.
    expect(panelTopBelowBanner([box(10, 40), box(0, 56), box(0, 56), box(0, 3000)], 800)).toBe(56);
  });

  it('follows a static banner partly scrolled away, and ignores one scrolled out', () => {
    expect(panelTopBelowBanner([box(-30, 26)], 800)).toBe(26);
    expect(panelTopBelowBanner([box(-80, -24)], 800)).toBe(0);
  });

  it('allows a banner a few pixels below the top edge', () => {
    expect(panelTopBelowBanner([box(6, 70)], 800)).toBe(70);
    expect(panelTopBelowBanner([box(20, 70)], 800)).toBe(0);
  });

  it('never goes beyond the banner size limit nor a third of the viewport', () => {
    expect(panelTopBelowBanner([box(0, BANNER_MAX_HEIGHT)], 1000)).toBe(BANNER_MAX_HEIGHT);
    expect(panelTopBelowBanner([box(0, BANNER_MAX_HEIGHT + 1)], 1000)).toBe(0);
    expect(panelTopBelowBanner([box(0, 180)], 300)).toBe(100);
  });

  it('ignores empty boxes and rounds to whole pixels', () => {
    expect(panelTopBelowBanner([box(0, 0), box(0, 55.6)], 800)).toBe(56);
  });
});
