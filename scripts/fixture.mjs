// npm run fixture -- <report.txt> [--name <name>] [--dry-run] [--fixtures <folder>]
// Turns a recognition report (« Copier un rapport de reconnaissance ») into a fixture page:
// tests/fixtures/pages/<name>.html, the report's skeleton as its body, and an entry in
// tests/fixtures/pages.json whose situation and patientData the maintainer fills in.
// Plain Node ESM (Node 20 has no TypeScript runtime); the conversion is exported for the tests.
//
// A report is untrusted input: anyone can write one, and the page it makes is loaded by the
// end-to-end tests in Chromium. Before anything is written, the skeleton is parsed (happy-dom, the
// unit tests' DOM) and rebuilt without what could run or load anything (cleanSkeleton), the address
// must be a path on ViaTrajectoire's host (checkedPath), and whatever cannot be cleaned is refused
// with a French message (FixtureError).

import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { Window } from 'happy-dom';
import {
  MASKED_ID,
  MASKED_NUMBER,
  MASKED_VALUE,
  REPORT_FACTS,
  SKELETON_BEGIN,
  SKELETON_END,
} from '../content/lib/report-markers.mjs';

const ORIGIN = 'https://trajectoire.sante-ra.fr';
const FIXTURES = join(dirname(fileURLToPath(import.meta.url)), '..', 'tests', 'fixtures');

// Values a masked part becomes: each masks back to the same placeholder (the report is stable).
const PLAUSIBLE = new Map([
  [MASKED_NUMBER, '123456'],
  [MASKED_ID, 'x1'],
  [MASKED_VALUE, 'x'],
]);

/** A report the script refuses, with the French message it prints. */
export class FixtureError extends Error {}

/** A report's value shown in a message: quoted as JSON, so no control character reaches the terminal. */
const shown = (value) => JSON.stringify(String(value)).slice(0, 120);

/** Elements dropped with their content: they run, style, load or embed something, or parse their content as raw text. */
const DROPPED_ELEMENTS = new Set([
  'script',
  'style',
  'iframe',
  'object',
  'embed',
  'frame',
  'frameset',
  'noscript',
  'template',
  'base',
  'link',
  'meta',
  'xmp',
  'plaintext',
  'noembed',
  'noframes',
]);
/** Drawings the report keeps as an empty tag: any content in them is dropped (their parsing rules differ). */
const EMPTIED_ELEMENTS = new Set(['svg', 'math']);
/** A tag or attribute name as the report writes one. */
const TAG_NAME = /^[a-z][a-z0-9-]*$/u;
const ATTRIBUTE_NAME = /^[a-z][a-z0-9_:.-]*$/iu;
/** Attributes that load or point: none is kept (href is, cleaned by cleanHref; style, only as HIDDEN_STYLE). */
const URL_ATTRIBUTES = new Set([
  'src',
  'srcset',
  'srcdoc',
  'action',
  'formaction',
  'poster',
  'background',
  'ping',
  'cite',
  'longdesc',
  'manifest',
  'codebase',
  'data',
  'xlink:href',
  'xml:base',
]);
/** The one inline style a report writes: a pane hidden (content/report/skeleton.ts); any other goes. */
const HIDDEN_STYLE = 'display: none';
/** A value a browser may take for a script or an inline document, once its spaces and control characters are gone. */
const SCRIPT_URL = /(?:java|vb)script:|data:/iu;
const compact = (value) => value.replace(/[\p{Cc}\s]+/gu, '');
/** What must never be left in a written fixture, whatever a parser made of it. */
const FORBIDDEN_TEXT = [
  [
    /<\/?\s*(?:script|style|iframe|object|embed|frame|frameset|noscript|template|base|link|meta|xmp|plaintext|noembed|noframes)\b/iu,
    'une balise interdite',
  ],
  [/[\s"'/]on[a-z]+\s*=/iu, 'un attribut on…'],
  [SCRIPT_URL, 'une adresse javascript: ou data:'],
];

/**
 * A path on ViaTrajectoire's host, or a FixtureError: one leading "/", no "//", no scheme, no "@",
 * no backslash (browsers read it as "/"), no space or control character.
 */
export function checkedPath(path) {
  if (
    typeof path !== 'string' ||
    !path.startsWith('/') ||
    path.startsWith('//') ||
    /[@\\\s\p{Cc}]/u.test(path) ||
    SCRIPT_URL.test(compact(path))
  )
    throw new FixtureError(
      `Adresse refusée : ${shown(path)} n’est pas un chemin sur ${ORIGIN} (une seule « / » au début, sans « // », sans « @ », sans « \\ », sans schéma ni espace).`,
    );
  if (new URL(`${ORIGIN}${path}`).origin !== ORIGIN)
    throw new FixtureError(`Adresse refusée : ${shown(path)} mène hors de ${ORIGIN}.`);
  return path;
}

/**
 * A link of the skeleton, made safe: an in-page link ("#id") or a path on the host is kept; a
 * WebForms postback the report wrote as `javascript:` and its code words becomes an in-page link
 * holding those words (the reader's selectors still find a log-out link by them; nothing runs);
 * anything else is dropped (undefined).
 */
function cleanHref(href) {
  const value = href.trim();
  // Its code words as the report masks them: ASCII words, and ⟨mot⟩ / ⟨nombre⟩ placeholders.
  const postback = /^javascript:([A-Za-z0-9_$ ⟨⟩]*)$/u.exec(value);
  if (postback) return `#no-javascript ${postback[1]}`.trimEnd();
  if (/^#[^#\p{Cc}]*$/u.test(value)) return value;
  try {
    return checkedPath(plausibleUrl(value).slice(ORIGIN.length));
  } catch {
    return undefined;
  }
}

/** Why an attribute goes (undefined: it stays as it is), or its cleaned value. */
function cleanAttribute(name, value) {
  const lower = name.toLowerCase();
  if (!ATTRIBUTE_NAME.test(name)) return { drop: 'attribut (nom invalide)' };
  if (lower.startsWith('on')) return { drop: 'attribut on…' };
  if (URL_ATTRIBUTES.has(lower)) return { drop: `attribut ${lower}` };
  if (lower === 'style') return value === HIDDEN_STYLE ? undefined : { drop: 'attribut style' };
  if (lower === 'href') {
    const href = cleanHref(value);
    return href === undefined ? { drop: 'attribut href' } : href === value ? undefined : { value: href };
  }
  if (SCRIPT_URL.test(compact(value))) return { drop: `attribut ${lower}` };
  return undefined;
}

/**
 * The skeleton (a `<body>…</body>` text) rebuilt from its parsed tree without the dropped elements,
 * the content of svg/math, on* attributes, URL and style attributes, any value holding a
 * javascript: or data: URL, and names the report never writes; links cleaned by cleanHref.
 * Returns { html, removed }, removed counting what was taken out, by kind. Throws a FixtureError
 * when the result is not stable (parsed and cleaned again, it would differ) or still holds
 * something forbidden.
 */
export function cleanSkeleton(skeleton) {
  const window = new Window({
    settings: {
      disableJavaScriptEvaluation: true,
      disableJavaScriptFileLoading: true,
      disableCSSFileLoading: true,
      disableIframePageLoading: true,
    },
  });
  try {
    const removed = new Map();
    const count = (what) => removed.set(what, (removed.get(what) ?? 0) + 1);
    const parse = (html) =>
      new window.DOMParser().parseFromString(`<!doctype html><html><head></head>${html}</html>`, 'text/html');
    const clean = (doc) => {
      for (const element of [...doc.body.querySelectorAll('*')].reverse()) {
        const tag = element.localName;
        if (DROPPED_ELEMENTS.has(tag) || !TAG_NAME.test(tag)) {
          count(`élément ${TAG_NAME.test(tag) ? tag : '(nom invalide)'}`);
          element.remove();
        } else if (EMPTIED_ELEMENTS.has(tag) && element.childNodes.length > 0) {
          count(`contenu de ${tag}`);
          element.replaceChildren();
        }
      }
      for (const element of [doc.body, ...doc.body.querySelectorAll('*')]) {
        for (const { name, value } of [...element.attributes]) {
          const cleaned = cleanAttribute(name, value);
          if (cleaned === undefined) continue;
          element.removeAttribute(name);
          if (cleaned.drop) count(cleaned.drop);
          else element.setAttribute(name, cleaned.value);
        }
      }
      return doc.body.outerHTML;
    };
    const html = clean(parse(skeleton));
    if (clean(parse(html)) !== html)
      throw new FixtureError(
        'Le squelette de ce rapport ne se laisse pas nettoyer : relu, il ne donne pas la même page. Rien n’a été écrit.',
      );
    for (const [pattern, what] of FORBIDDEN_TEXT)
      if (pattern.test(html))
        throw new FixtureError(
          `Le squelette de ce rapport contient encore ${what} après nettoyage : il est refusé. Rien n’a été écrit.`,
        );
    return { html, removed };
  } finally {
    void window.happyDOM.close();
  }
}

const escapeComment = (text) => text.replace(/-(?=-)/g, '- ');

/** The facts line (`<!-- vt-rapport {…} -->`) of a report, or undefined. */
export function reportFacts(report) {
  const pattern = new RegExp(`^<!-- ${REPORT_FACTS} (\\{.*\\}) -->$`, 'mu');
  const found = pattern.exec(report);
  if (!found) return undefined;
  try {
    return JSON.parse(found[1]);
  } catch {
    return undefined;
  }
}

/** The lines between `<!-- vt-squelette -->` and `<!-- /vt-squelette -->`, or undefined. */
export function reportSkeleton(report) {
  const lines = report.split(/\r?\n/u);
  const begin = lines.indexOf(`<!-- ${SKELETON_BEGIN} -->`);
  const end = lines.indexOf(`<!-- ${SKELETON_END} -->`);
  if (begin < 0 || end <= begin + 1) return undefined;
  const skeleton = lines.slice(begin + 1, end).join('\n');
  return /^\s*<body[\s>]/u.test(skeleton) ? skeleton : undefined;
}

/** A masked path made an address again, each placeholder replaced by a plausible value. */
export function plausibleUrl(path) {
  let url = path;
  for (const [placeholder, value] of PLAUSIBLE) url = url.split(placeholder).join(value);
  return `${ORIGIN}${url}`;
}

/**
 * The fixture a report makes: { name, file, html, entry }. Throws a FixtureError (French message)
 * for a file that is not a report, a request file's report (it has nothing to show), or no skeleton.
 */
export function fixtureFromReport(report, { name } = {}) {
  const facts = reportFacts(report);
  if (facts === undefined)
    throw new FixtureError(
      'Ce fichier n’est pas un rapport de reconnaissance (ligne « vt-rapport » introuvable).',
    );
  if (facts.pageKind === 'request')
    throw new FixtureError(
      'Ce rapport vient d’un dossier de demande : il ne contient rien de la page, il ne peut pas devenir une page de test.',
    );
  const skeleton = reportSkeleton(report);
  if (skeleton === undefined || typeof facts.path !== 'string')
    throw new FixtureError(
      'Ce rapport ne contient pas de squelette de page (lignes « vt-squelette » introuvables).',
    );
  if (typeof facts.pageKind !== 'string' || !/^[a-z][a-z-]*$/u.test(facts.pageKind))
    throw new FixtureError(`Type de page invalide dans le rapport : ${shown(facts.pageKind)}.`);
  checkedPath(facts.path);
  const fixtureName = name ?? `${facts.pageKind}-rapport-${facts.date}`;
  if (!/^[a-z0-9][a-z0-9-]*$/u.test(fixtureName))
    throw new FixtureError(`Nom de page invalide : ${shown(fixtureName)} (minuscules, chiffres et tirets).`);
  // Links in the skeleton carry masked paths too: cleanSkeleton makes them plausible as the address.
  const { html: body, removed } = cleanSkeleton(skeleton);
  // The report's own words in the header comment: escaped so they cannot close it, and refused
  // if they hold what the skeleton may not.
  const header = [
    `<!-- Made by npm run fixture from a recognition report of ${escapeComment(String(facts.date))}`,
    `     (extension ${escapeComment(String(facts.extension))}, guide ${escapeComment(String(facts.guide))}, ${escapeComment(String(facts.browser))}).`,
    `     Address as reported, masked: ${escapeComment(facts.path)}.`,
  ].join('\n');
  for (const [pattern, what] of FORBIDDEN_TEXT)
    if (pattern.test(header))
      throw new FixtureError(
        `Ce rapport contient ${what} hors du squelette : il est refusé. Rien n’a été écrit.`,
      );
  const html = [
    '<!doctype html>',
    header,
    "     Text is the report's: known labels, « … » for any other text; ⟨mot⟩ and ⟨nombre⟩ for the words and numbers of ids, classes and attributes it does not ship. -->",
    '<html lang="fr">',
    '  <head>',
    '    <meta charset="utf-8" />',
    `    <title>ViaTrajectoire - ${fixtureName}</title>`,
    '  </head>',
    body,
    '</html>',
    '',
  ].join('\n');
  const entry = {
    name: fixtureName,
    file: `${fixtureName}.html`,
    url: plausibleUrl(facts.path),
    pageKind: facts.pageKind,
    situation: 'unknown',
    patientData: [],
  };
  return { name: fixtureName, file: entry.file, html, entry, removed };
}

/** pages.json with the entry added, written like the file's other entries (one key a line). */
export function withEntry(pagesJson, entry) {
  const pages = JSON.parse(pagesJson);
  if (pages.some((page) => page.name === entry.name || page.file === entry.file))
    throw new FixtureError(
      `Une page de test « ${entry.name} » existe déjà : choisissez un autre nom avec --name.`,
    );
  const lines = Object.entries(entry).map(
    ([key, value]) => `    ${JSON.stringify(key)}: ${JSON.stringify(value)}`,
  );
  const end = pagesJson.lastIndexOf(']');
  return `${pagesJson.slice(0, end).trimEnd()},\n  {\n${lines.join(',\n')}\n  }\n]\n`;
}

function parseArgs(args) {
  const options = { dryRun: false };
  for (let index = 0; index < args.length; index += 1) {
    const arg = args[index];
    if (arg === '--dry-run') options.dryRun = true;
    else if (arg === '--name') options.name = args[++index];
    // Another folder holding pages.json and pages/ (the tests write there, not in tests/fixtures).
    else if (arg === '--fixtures') options.fixtures = args[++index];
    else if (options.report === undefined) options.report = arg;
    else throw new FixtureError(`Argument inattendu : ${arg}`);
  }
  if (options.report === undefined)
    throw new FixtureError('Usage : npm run fixture -- <rapport.txt> [--name <nom>] [--dry-run]');
  return options;
}

function main(args) {
  const options = parseArgs(args);
  const report = readFileSync(resolve(options.report), 'utf8');
  const fixture = fixtureFromReport(report, { name: options.name });
  if (fixture.removed.size > 0)
    console.log(
      `Retiré du rapport avant écriture : ${[...fixture.removed].map(([what, count]) => `${what} (${count})`).join(', ')}.`,
    );
  const fixtures = options.fixtures === undefined ? FIXTURES : resolve(options.fixtures);
  const pagesPath = join(fixtures, 'pages.json');
  const htmlPath = join(fixtures, 'pages', fixture.file);
  const pagesJson = withEntry(readFileSync(pagesPath, 'utf8'), fixture.entry);
  if (existsSync(htmlPath))
    throw new FixtureError(`Le fichier ${htmlPath} existe déjà : choisissez un autre nom avec --name.`);
  if (options.dryRun) {
    console.log(`--- ${htmlPath} (non écrit, --dry-run)\n${fixture.html}`);
    console.log(
      `--- entrée ajoutée à ${pagesPath} (non écrite, --dry-run)\n${JSON.stringify(fixture.entry, null, 2)}`,
    );
    return;
  }
  writeFileSync(htmlPath, fixture.html);
  writeFileSync(pagesPath, pagesJson);
  console.log(`Page de test écrite : ${htmlPath}`);
  console.log(`Entrée « ${fixture.name} » ajoutée à ${pagesPath}.`);
  console.log(
    'À compléter à la main dans pages.json : "situation" (laissée à "unknown") et "patientData" (les textes de patient inventés que la page contient, s’il y en a).',
  );
  console.log(
    'Ensuite : un test qui échoue (tests/unit/selectors.test.ts ou read.test.ts), puis le correctif dans content/viatrajectoire/selectors.ts (README).',
  );
}

if (process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) {
  try {
    main(process.argv.slice(2));
  } catch (error) {
    if (!(error instanceof FixtureError)) throw error;
    console.error(error.message);
    process.exitCode = 1;
  }
}
