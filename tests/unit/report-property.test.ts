// The recognition report never carries patient data: pages built with invented patient strings in
// every zone and every attribute, on every page kind and several addresses, give reports that contain
// none of them; and no fixture page's report contains any of its patientData strings.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isKnownWord } from '../../content/report/dictionary';
import { maskToken } from '../../content/report/skeleton';
import { readPageTraced } from '../../content/viatrajectoire/read';
import { ALL_EXAMPLE_ADDRESSES } from './detector-examples';
import { fixtureDocument, fixturePages, fixtureUrl } from './fixture-pages';
import { pageWithWord, spelling } from './generated-words';
import { reportOf } from './report-of';

const upper = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ';
const lower = 'abcdefghijklmnopqrstuvwxyz';
const letters = (alphabet: string, min: number, max: number) =>
  fc.array(fc.constantFrom(...alphabet), { minLength: min, maxLength: max }).map((chars) => chars.join(''));
const digits = (count: number) => letters('0123456789', count, count);
const pad = (n: number) => String(n).padStart(2, '0');

// Long enough that no report's own words contain one by chance (the report says "ACT", "TDB", "ARIA").
const surname = fc
  .tuple(letters(upper, 8, 12), fc.option(letters(upper, 4, 8), { nil: undefined }))
  .map(([a, b]) => (b === undefined ? a : `${a}-${b}`));
// Accents no label uses, so a first name can never be mistaken for a known label.
const firstName = fc
  .tuple(
    fc.constantFrom(...upper),
    letters(lower, 2, 6),
    fc.constantFrom('ï', 'ô', 'ë', 'ü', 'â'),
    letters(lower, 2, 5),
  )
  .map((parts) => parts.join(''));
const birthDate = fc
  .tuple(
    fc.integer({ min: 1, max: 28 }),
    fc.integer({ min: 1, max: 12 }),
    fc.integer({ min: 1930, max: 2010 }),
  )
  .map(([d, m, y]) => `${pad(d)}/${pad(m)}/${y}`);
const nir = fc
  .tuple(fc.constantFrom('1', '2'), digits(2), digits(2), digits(2), digits(3), digits(3), digits(2))
  .map((parts) => parts.join(' '));
const postalAddress = fc
  .tuple(
    fc.integer({ min: 1, max: 199 }),
    fc.constantFrom('rue', 'impasse', 'avenue'),
    letters(upper, 1, 1),
    letters(lower, 6, 10),
  )
  .map(([n, way, initial, rest]) => `${n} ${way} des ${initial}${rest}`);
const fileNumber = fc
  .tuple(letters(upper, 4, 4), fc.integer({ min: 2020, max: 2029 }), digits(4))
  .map(([code, year, n]) => `DOS-${code}-${year}-${n}`);

const patient = fc.record({ surname, firstName, birthDate, nir, postalAddress, fileNumber });
type Patient = {
  surname: string;
  firstName: string;
  birthDate: string;
  nir: string;
  postalAddress: string;
  fileNumber: string;
};

const FLAVOUR = fc.constantFrom<Flavour>('account', 'establishment', 'plain');

const ADDRESSES = ALL_EXAMPLE_ADDRESSES;

/** Every patient string in every attribute of one element. */
function everyAttribute(tag: string, p: Patient, content: string): string {
  const s = Object.values(p) as [string, string, string, string, string, string];
  return `<${tag} id="${s[0]}" class="${s[1]} ${s[5]}" title="${s[0]} ${s[1]}" aria-label="${s[2]}" aria-description="${s[3]}" aria-valuetext="${s[4]}" value="${s[3]}" data-patient="${s[0]}" data-${s[1].toLowerCase().replace(/[^a-z]/g, '')}="${s[4]}" name="${s[0]}" alt="${s[1]}" placeholder="${s[2]}" header="${s[0]}">${content}</${tag}>`;
}

/** A page with the patient everywhere: banner, main, tables, sections, a patient zone, a dialog. */
type Flavour = 'account' | 'establishment' | 'plain';

function pageWith(p: Patient, flavour: Flavour): string {
  const { surname, firstName, birthDate, nir, postalAddress, fileNumber } = p;
  const everything = `${surname} ${firstName}, né le ${birthDate}, NIR ${nir}, ${postalAddress}, dossier ${fileNumber}`;
  const href = (path: string) =>
    `/Trajectoire/pages/AccesRestreint/Angular/App.aspx/Sanitaire/${encodeURIComponent(path)}?nom=${encodeURIComponent(surname)}#${firstName}`;
  return `<!doctype html><html lang="fr"><head><title>${surname}</title></head><body>
    <header>
      <a href="${href(surname)}">${surname}</a>
      <nav><a href="${href(fileNumber)}">${firstName}</a><a href="/Trajectoire/Pages/AccesLibre/Logout.aspx?u=${surname}">Déconnexion</a></nav>
      <dl><dt>Structure :</dt><dd>${surname} ${firstName}</dd><dt>Unité</dt><dd>${postalAddress}</dd></dl>
      <p>Établissement : ${surname} | Unité : ${firstName} · Né le : ${birthDate}</p>
      <span id="ctl00_Entete_lblStructure">${fileNumber}</span>
      ${everyAttribute('select', p, `<option>${surname}</option>`)}
      ${everyAttribute('input', p, '')}
    </header>
    <main>
      <h1>${surname} ${firstName}</h1>
      <div role="tablist"><div role="tab" aria-controls="p1">${flavour === 'establishment' ? 'Informations générales' : firstName}</div><div role="tab" aria-controls="p2">Unités de soins ${surname}</div></div>
      <div role="tabpanel" id="p2">
        <table><thead><tr><th>Habilitation</th><th>Unité</th><th>${surname}</th></tr></thead>
        <tbody><tr><td>Equipe soignante - ${firstName}</td><td>${postalAddress}</td><td>${nir}</td></tr>
        <tr><td>${everything}</td><td>${birthDate}</td><td>${fileNumber}</td></tr></tbody></table>
      </div>
      <section><h2>${flavour === 'account' ? 'Mes habilitations' : 'Mon compte'} ${surname}</h2><p>Unité : ${surname}</p>${everyAttribute('div', p, everything)}</section>
      <p-tabview><p-tabpanel header="Unités de soins ${surname}">${everything}</p-tabpanel></p-tabview>
      <div role="grid"><div role="row"><div role="gridcell">${everything}</div></div></div>
      <etat-civil><h2>${surname}</h2><p>${everything}</p></etat-civil>
      ${everyAttribute('a', p, firstName).replace('<a ', `<a href="${href(nir)}" `)}
      ${everyAttribute('img', p, '')}
      <a href="#${surname}" data-bs-target="#${firstName}" aria-level="${birthDate}">${surname}</a>
      <label for="${surname}-${firstName}" data-toggle="${nir}">${firstName}</label>
    </main>
    <div class="modal" role="dialog"><div class="modal-body"><h2>${surname}</h2><p>${everything}</p></div></div>
    <dialog open><header><dl><dt>Unité :</dt><dd>${surname}</dd></dl></header></dialog>
  </body></html>`;
}

/** Each patient string, as written and in lower case, is nowhere in the report. */
function expectNone(report: string, strings: readonly string[]): void {
  const lowered = report.toLowerCase();
  for (const s of strings) {
    expect(report, s).not.toContain(s);
    expect(lowered, s).not.toContain(s.toLowerCase());
  }
}

describe('the recognition report and patient data', () => {
  it('contains no invented patient string, whatever the zone, the attribute, the page kind or the address', () => {
    fc.assert(
      fc.property(
        patient,
        fc.constantFrom(...ADDRESSES),
        FLAVOUR,
        fc.boolean(),
        (p, address, flavour, inPath) => {
          const url = new URL(
            inPath
              ? `${address.replace(/\/?$/u, '/')}${encodeURIComponent(p.fileNumber)}?nom=${p.surname}`
              : address,
          );
          const doc = new DOMParser().parseFromString(pageWith(p, flavour), 'text/html');
          expectNone(reportOf(doc, url), Object.values(p));
        },
      ),
      { numRuns: 150 },
    );
    // 150 pages read and reported: seconds on a loaded 2-core machine, not the default 5 s.
  }, 60_000);

  it('meets every page kind', () => {
    const example: Patient = {
      surname: 'FICTIVUSSIMUS',
      firstName: 'Hélïne',
      birthDate: '12/03/1961',
      nir: '1 61 03 75 999 123 45',
      postalAddress: '12 rue des Exemples',
      fileNumber: 'DOS-FICT-2026-0451',
    };
    const kinds = new Set<string>();
    for (const flavour of ['account', 'establishment', 'plain'] as const)
      for (const address of ADDRESSES) {
        const doc = new DOMParser().parseFromString(pageWith(example, flavour), 'text/html');
        kinds.add(readPageTraced(doc, new URL(address)).context.pageKind);
      }
    expect([...kinds].sort()).toEqual([
      'account',
      'dashboard',
      'establishment',
      'login',
      'other',
      'public-home',
      'request',
    ]);
  });

  const patientPages = fixturePages.filter((page) => page.patientData.length > 0).map((page) => page.name);
  it('has saved pages with patient data to check', () => {
    expect(patientPages.length).toBeGreaterThan(0);
  });
  it.each(patientPages)('contains none of the patientData of fixture page %s', (name) => {
    const page = fixturePages.find((candidate) => candidate.name === name);
    expectNone(reportOf(fixtureDocument(name), fixtureUrl(name)), page?.patientData ?? []);
  });
});

const folded = (text: string): string => text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();

describe('the recognition report and words it does not ship', () => {
  it('contains no generated word, in any case, in text, ids, classes, titles, ARIA, data-*, links or tags', () => {
    fc.assert(
      fc.property(
        spelling,
        fc.constantFrom(...ADDRESSES),
        fc.boolean(),
        ({ shown, words }, address, inPath) => {
          const url = new URL(
            inPath
              ? `${address.replace(/[?#].*$/u, '').replace(/\/?$/u, '/')}${encodeURIComponent(shown)}`
              : address,
          );
          const doc = new DOMParser().parseFromString(pageWithWord(shown), 'text/html');
          const report = folded(reportOf(doc, url));
          for (const word of words) expect(report, `${shown} (${word})`).not.toContain(folded(word));
        },
      ),
      { numRuns: 100 },
    );
  }, 60_000);

  it('masks every word it does not ship, and masking twice changes nothing', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 30 }), (token) => {
        const shown = maskToken(token);
        expect(maskToken(shown)).toBe(shown);
        for (const word of shown.replace(/⟨(?:mot|nombre|id|valeur)⟩/gu, ' ').match(/[^\s!-@[-`{-~]+/gu) ??
          [])
          for (const part of word.match(
            /\p{Lu}[\p{Lu}\p{M}]*(?=\p{Lu}[\p{Ll}\p{M}])|\p{Lu}?[\p{Ll}\p{M}]+|\p{Lu}[\p{Lu}\p{M}]*|[^\p{Lu}\p{Ll}]+/gu,
          ) ?? [])
            expect(isKnownWord(part), `${token} → ${shown}: ${part}`).toBe(true);
      }),
      { numRuns: 500 },
    );
  });
});
