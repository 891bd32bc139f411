// Words the extension does not ship, and pages that put them in every position: the property tests
// of the closed vocabulary (tests/unit/closed-vocabulary.test.tsx, report-property.test.ts) look for
// them everywhere the extension could put page text.
import fc from 'fast-check';
import { isKnownWord } from '../../content/report/dictionary';
import { labelLists } from '../../content/viatrajectoire/selectors';

const lower = 'abcdefghijklmnopqrstuvwxyz';
const letters = (alphabet: string, min: number, max: number) =>
  fc.array(fc.constantFrom(...alphabet), { minLength: min, maxLength: max }).map((chars) => chars.join(''));

// Words the extension does not ship, written every way a page may write a name.
const unknownWord = letters(lower, 8, 12).filter((word) => !isKnownWord(word));
const ACCENTS = ['é', 'è', 'ï', 'ô', 'ç', 'ü'];
export const spelling = fc
  .tuple(
    unknownWord,
    unknownWord,
    fc.constantFrom('lower', 'Capitalised', 'UPPER', 'hyphenated', 'accented', 'camelCase'),
    fc.constantFrom(...ACCENTS),
  )
  .map(([word, other, form, accent]) => {
    const capitalised = `${word.charAt(0).toUpperCase()}${word.slice(1)}`;
    const shown = {
      lower: word,
      Capitalised: capitalised,
      UPPER: word.toUpperCase(),
      hyphenated: `${word}-${other}`,
      accented: `${word.slice(0, 3)}${accent}${word.slice(3)}`,
      camelCase: `${word}${other.charAt(0).toUpperCase()}${other.slice(1)}`,
    }[form];
    // What must never be in the report: each generated word, accents and case aside.
    return {
      shown,
      words: [word, other].filter((_, index) => index === 0 || /hyphenated|camelCase/u.test(form)),
    };
  });

const LABELS = Object.values(labelLists).flat();

/** The generated spelling in every position: text after each known label, ids, classes, ARIA, data-*, href, title, tags. */
export function pageWithWord(w: string): string {
  const tag = `app-${w.toLowerCase().replace(/[^a-z-]/gu, '')}-banner`;
  const attributes = `id="${w}" class="${w} row-${w}-12" title="${w}" aria-rowindextext="${w}" aria-colindextext="${w}" aria-controls="${w}" aria-labelledby="tab-${w}" data-${w.toLowerCase().replace(/[^a-z]/gu, '')}="${w}" data-nom="${w}"`;
  const link = `<a ${attributes} href="/Trajectoire/pages/AccesRestreint/Angular/App.aspx/Sanitaire/${encodeURIComponent(w)}/Dossier-${encodeURIComponent(w)}?${encodeURIComponent(w)}=${encodeURIComponent(w)}#${w}">${w}</a>`;
  const afterLabels = LABELS.map(
    (label) => `<p ${attributes}>${label} : ${w}</p><span>${label} ${w}</span>`,
  ).join('');
  return `<!doctype html><html lang="fr"><body>
    <header ${attributes}><nav ${attributes}>${link}<a href="/Trajectoire/Pages/AccesLibre/Logout.aspx">Déconnexion</a></nav>
      <dl ${attributes}><dt>Structure :</dt><dd ${attributes}>${w}</dd><dt>Unité</dt><dd>${w}</dd></dl>${afterLabels}</header>
    <main ${attributes}><h2>Mes habilitations</h2>
      <table ${attributes}><thead><tr><th ${attributes}>Habilitation</th><th>Unité</th></tr></thead>
        <tbody><tr ${attributes}><td ${attributes}>Equipe soignante ${w}</td><td>${link}</td></tr></tbody></table>
      <div role="grid" ${attributes}><div role="row" ${attributes}><div role="gridcell" ${attributes}>${link}</div></div></div>
      <${tag} ${attributes}><h2 ${attributes}>${w}</h2>${afterLabels}</${tag}>
      <ul class="nav nav-tabs"><li class="nav-item"><a class="nav-link" href="#${w}" data-bs-target="#${w}">${w}</a></li></ul>
    </main></body></html>`;
}
