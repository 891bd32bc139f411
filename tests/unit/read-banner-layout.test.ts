// The banner's box is measured until it is found at the top, then no more for that element: the
// late-render reads of a page that keeps changing must not force a layout each time.
import { describe, expect, it } from 'vitest';
import { readPage } from '../../content/viatrajectoire/read';

const DASHBOARD = new URL(
  'https://trajectoire.sante-ra.fr/Trajectoire/pages/AccesRestreint/Angular/App.aspx/Sanitaire/TDB/Demandeur',
);
const PAGE = `<header><dl><dt>Établissement :</dt><dd>APP STRUCTURE</dd><dt>Unité :</dt><dd>APP UNIT</dd></dl>
  <a href="/Trajectoire/Pages/AccesLibre/Logout.aspx">Déconnexion</a></header><main></main>`;

/** A page whose banner's box sits at `top()`, counting the measures. */
function pageWithBanner(top: () => number) {
  const doc = new DOMParser().parseFromString(
    `<!doctype html><html><body>${PAGE}</body></html>`,
    'text/html',
  );
  const banner = doc.querySelector('header');
  if (!banner) throw new Error('no header');
  const counter = { measures: 0 };
  Object.defineProperty(banner, 'getBoundingClientRect', {
    value: () => {
      counter.measures++;
      const box = {
        top: top(),
        left: 0,
        width: 1000,
        height: 60,
        right: 1000,
        bottom: top() + 60,
        x: 0,
        y: top(),
      };
      return { ...box, toJSON: () => box };
    },
  });
  return { doc, counter };
}

describe('the top banner, measured with real layout', () => {
  it('is measured once found at the top: the next reads still read its names, without measuring', () => {
    const { doc, counter } = pageWithBanner(() => 0);
    for (let i = 0; i < 5; i++) expect(readPage(doc, DASHBOARD).structureShown).toBe(true);
    expect(counter.measures).toBe(1);
  });

  it('is measured again at each read while it sits lower down, and read once it comes up', () => {
    let top = 640;
    const { doc, counter } = pageWithBanner(() => top);
    expect(readPage(doc, DASHBOARD).structureShown).toBe(false);
    expect(readPage(doc, DASHBOARD).structureShown).toBe(false);
    expect(counter.measures).toBe(2);
    top = 0;
    expect(readPage(doc, DASHBOARD).structureShown).toBe(true);
    expect(counter.measures).toBe(3);
  });
});
