// npm run fixture takes untrusted input (scripts/fixture.mjs): a crafted recognition report, with a
// script, handlers, javascript: and data: links, embedded documents and an address on another host,
// is cleaned or refused before anything is written, in --dry-run and for real.
import { spawnSync } from 'node:child_process';
import {
  copyFileSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkedPath, cleanSkeleton, FixtureError, fixtureFromReport } from '../../scripts/fixture.mjs';

const FACTS = {
  date: '2026-12-03',
  extension: '0.1.0',
  guide: 'Version du 18/11/2025',
  browser: 'Chrome 142',
  pageKind: 'account',
  path: '/Trajectoire/pages/AccesRestreint/Angular/App.aspx/Administration/MonCompte',
};

/** What an attacker would paste: a report's shape around a skeleton that runs and loads things. */
const CRAFTED_SKELETON = [
  '<body onload="alert(1)">',
  '  <header><a href="/Trajectoire/Logout.aspx">…</a><a href="javascript:__doPostBack ctl0$lnkLogout">…</a></header>',
  '  <main class="contenu">',
  '    <h2>Mes habilitations</h2>',
  '    <script>alert(document.cookie)</script>',
  '    <style>body { background: url(https://attacker.example/x) }</style>',
  '    <img src="https://attacker.example/pixel" onerror="alert(2)" alt="">',
  '    <a href="javascript:alert(3)">…</a>',
  '    <a href=" JaVa&#x09;ScRiPt:alert(4)">…</a>',
  '    <a href="data:text/html,&lt;script&gt;alert(5)&lt;/script&gt;">…</a>',
  '    <a href="https://attacker.example/x">…</a>',
  '    <a href="/\\attacker.example/x">…</a>',
  '    <iframe src="https://attacker.example/"></iframe>',
  '    <object data="https://attacker.example/x.swf"></object>',
  '    <embed src="https://attacker.example/x.swf">',
  '    <div role="grid" ONMOUSEOVER="alert(6)" title="javascript:alert(7)" style="x"><div role="row">…</div></div>',
  '    <svg><script>alert(8)</script><foreignObject><img src=x onerror=alert(9)></foreignObject></svg>',
  '    <form action="javascript:alert(10)"><button formaction="data:x">…</button></form>',
  '  </main>',
  '</body>',
].join('\n');

const reportWith = (facts: Record<string, unknown>, skeleton = CRAFTED_SKELETON): string =>
  [
    'Rapport de reconnaissance du Guide ACT ViaTrajectoire',
    `<!-- vt-rapport ${JSON.stringify(facts)} -->`,
    '<!-- vt-squelette -->',
    skeleton,
    '<!-- /vt-squelette -->',
    '',
  ].join('\n');

/** Everything in a written page that could run, load or lead elsewhere. */
function dangersIn(html: string): string[] {
  const doc = new DOMParser().parseFromString(html, 'text/html');
  const found: string[] = [];
  for (const element of doc.querySelectorAll(
    'script, style, iframe, object, embed, frame, link, meta[http-equiv], base',
  ))
    found.push(`<${element.localName}>`);
  for (const element of doc.querySelectorAll('*'))
    for (const { name, value } of Array.from(element.attributes)) {
      if (/^on/iu.test(name)) found.push(`${element.localName}[${name}]`);
      if (/(?:java|vb)script:|data:/iu.test(value.replace(/[\s\p{Cc}]+/gu, '')))
        found.push(`${element.localName}[${name}=${value}]`);
      if (['src', 'action', 'formaction', 'style', 'srcset'].includes(name))
        found.push(`${element.localName}[${name}]`);
      if (name === 'href' && !/^(?:#|\/(?![/\\]))/u.test(value))
        found.push(`${element.localName}[href=${value}]`);
    }
  // What the page would ask for if a browser loaded it, written as text.
  if (/attacker\.example/u.test(html)) found.push('attacker.example');
  return found;
}

describe('a crafted report, cleaned', () => {
  it('keeps the page’s structure and drops what runs, loads or leads elsewhere', () => {
    const { html, removed, entry } = fixtureFromReport(reportWith(FACTS), { name: 'rapport-piege' });
    expect(dangersIn(html)).toEqual([]);
    const doc = new DOMParser().parseFromString(html, 'text/html');
    // What the reader relies on is still there.
    expect(doc.querySelector('main.contenu h2')?.textContent).toBe('Mes habilitations');
    expect(doc.querySelector('[role="grid"] [role="row"]')).not.toBeNull();
    expect(doc.querySelector('a[href="/Trajectoire/Logout.aspx"]')).not.toBeNull();
    // A WebForms postback stays findable by its code words, as an in-page link that runs nothing.
    expect(doc.querySelector('a[href*="logout" i][href^="#"]')?.getAttribute('href')).toBe(
      '#no-javascript __doPostBack ctl0$lnkLogout',
    );
    expect(doc.querySelectorAll('svg')).toHaveLength(1);
    expect(doc.querySelector('svg')?.childNodes).toHaveLength(0);
    expect(entry.url).toBe(`https://trajectoire.sante-ra.fr${FACTS.path}`);
    // Each kind taken out is counted, for the maintainer to read.
    for (const kind of [
      'élément script',
      'élément style',
      'élément iframe',
      'élément object',
      'élément embed',
      'attribut on…',
      'attribut href',
      'attribut src',
    ])
      expect(removed.get(kind), kind).toBeGreaterThan(0);
  });

  it('is stable: a page made from a cleaned skeleton is cleaned to itself', () => {
    const { html } = cleanSkeleton(CRAFTED_SKELETON);
    const again = cleanSkeleton(html);
    expect(again.html).toBe(html);
    expect(again.removed.size).toBe(0);
  });

  it('refuses a report whose header words hold a tag or a script address', () => {
    expect(() => fixtureFromReport(reportWith({ ...FACTS, browser: '<script>alert(1)</script>' }))).toThrow(
      /balise interdite/u,
    );
    expect(() => fixtureFromReport(reportWith({ ...FACTS, guide: 'javascript:alert(1)' }))).toThrow(
      /javascript/u,
    );
    expect(() => fixtureFromReport(reportWith({ ...FACTS, pageKind: 'account"><script>' }))).toThrow(
      /Type de page invalide/u,
    );
  });
});

describe('the address of a report', () => {
  it.each([
    'https://trajectoire.sante-ra.fr@attacker.example/x',
    '//attacker.example/x',
    '/\\attacker.example/x',
    '\\\\attacker.example/x',
    'https://attacker.example/x',
    'javascript:alert(1)',
    '/Trajectoire/x@attacker.example',
    '/Trajectoire/ x',
    '/Trajectoire/\nx',
    'Trajectoire/x',
    '',
  ])('refuses %j, in French, before anything is made', (path) => {
    expect(() => checkedPath(path)).toThrow(FixtureError);
    expect(() => fixtureFromReport(reportWith({ ...FACTS, path }))).toThrow(/Adresse refusée/u);
  });

  it('takes a path on ViaTrajectoire’s host, masked parts included', () => {
    expect(checkedPath('/Trajectoire/pages/App.aspx/Etablissement/⟨nombre⟩')).toBe(
      '/Trajectoire/pages/App.aspx/Etablissement/⟨nombre⟩',
    );
  });
});

describe('npm run fixture on a crafted report', () => {
  // Each run starts Node and happy-dom: seconds on a loaded 2-core machine.
  const SLOW = { timeout: 30_000 };
  // Read from the project root: happy-dom gives import.meta.url an http: scheme.
  const script = resolve('scripts/fixture.mjs');
  const run = (...args: string[]) => spawnSync(process.execPath, [script, ...args], { encoding: 'utf8' });
  /** A copy of tests/fixtures' pages.json and an empty pages/ folder, where the script may write. */
  const fixturesCopy = (): string => {
    const dir = mkdtempSync(join(tmpdir(), 'vt-fixture-'));
    copyFileSync(resolve('tests/fixtures/pages.json'), join(dir, 'pages.json'));
    mkdirSync(join(dir, 'pages'));
    return dir;
  };
  const saved = (text: string): string => {
    const file = join(mkdtempSync(join(tmpdir(), 'vt-report-')), 'rapport.txt');
    writeFileSync(file, text);
    return file;
  };

  it('--dry-run prints the cleaned page, says what it removed, and writes nothing', SLOW, () => {
    const fixtures = fixturesCopy();
    const pagesJson = readFileSync(join(fixtures, 'pages.json'), 'utf8');
    const result = run(
      saved(reportWith(FACTS)),
      '--name',
      'rapport-piege',
      '--dry-run',
      '--fixtures',
      fixtures,
    );
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
    expect(result.stdout).toContain('--dry-run');
    expect(result.stdout).toMatch(/Retiré du rapport avant écriture\u00a0: .*élément script \(/u);
    const page = result.stdout.slice(
      result.stdout.indexOf('<!doctype html>'),
      result.stdout.indexOf('</html>') + 7,
    );
    expect(page).toContain('<h2>Mes habilitations</h2>');
    expect(dangersIn(page)).toEqual([]);
    expect(readdirSync(join(fixtures, 'pages'))).toEqual([]);
    expect(readFileSync(join(fixtures, 'pages.json'), 'utf8')).toBe(pagesJson);
  });

  it('for real, writes the cleaned page and its entry, nothing else', SLOW, () => {
    const fixtures = fixturesCopy();
    const result = run(saved(reportWith(FACTS)), '--name', 'rapport-piege', '--fixtures', fixtures);
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
    expect(readdirSync(join(fixtures, 'pages'))).toEqual(['rapport-piege.html']);
    const page = readFileSync(join(fixtures, 'pages', 'rapport-piege.html'), 'utf8');
    expect(page).toContain('<h2>Mes habilitations</h2>');
    expect(dangersIn(page)).toEqual([]);
    const entry = JSON.parse(readFileSync(join(fixtures, 'pages.json'), 'utf8')).at(-1);
    expect(entry).toMatchObject({
      name: 'rapport-piege',
      url: `https://trajectoire.sante-ra.fr${FACTS.path}`,
    });
  });

  it(
    'refuses an address on another host with a French message and exit code 1, writing nothing',
    SLOW,
    () => {
      const fixtures = fixturesCopy();
      const pagesJson = readFileSync(join(fixtures, 'pages.json'), 'utf8');
      const crafted = saved(
        reportWith({ ...FACTS, path: 'https://trajectoire.sante-ra.fr@attacker.example/x' }),
      );
      for (const args of [['--dry-run'], []]) {
        const result = run(crafted, '--name', 'rapport-piege', '--fixtures', fixtures, ...args);
        expect(result.status).toBe(1);
        expect(result.stderr).toMatch(
          /^Adresse refusée\u00a0: "https:\/\/trajectoire\.sante-ra\.fr@attacker\.example\/x"/u,
        );
        expect(result.stdout).toBe('');
      }
      expect(existsSync(join(fixtures, 'pages', 'rapport-piege.html'))).toBe(false);
      expect(readFileSync(join(fixtures, 'pages.json'), 'utf8')).toBe(pagesJson);
    },
  );
});
