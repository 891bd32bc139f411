// npm run fixture -- <report.txt> [--name <name>] [--dry-run]
// Turns a recognition report (« Copier un rapport de reconnaissance ») into a fixture page:
// tests/fixtures/pages/<name>.html, the report's skeleton as its body, and an entry in
// tests/fixtures/pages.json whose situation and patientData the maintainer fills in.
// Plain Node ESM (Node 20 has no TypeScript runtime); the conversion is exported for the tests.

import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import {
  MASKED_ID,
  MASKED_NUMBER,
  MASKED_VALUE,
  REPORT_FACTS,
  SKELETON_BEGIN,
  SKELETON_END,
} from '../content/report/markers.mjs';

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
  const fixtureName = name ?? `${facts.pageKind}-rapport-${facts.date}`;
  if (!/^[a-z0-9][a-z0-9-]*$/u.test(fixtureName))
    throw new FixtureError(`Nom de page invalide : « ${fixtureName} » (minuscules, chiffres et tirets).`);
  // Links in the skeleton carry masked paths too: made plausible the same way as the address. An
  // in-page link (href="#unites-⟨nombre⟩") stays as written: it names an id masked the same way.
  const body = skeleton.replace(
    /href="([^"#][^"]*)"/gu,
    (_, href) => `href="${plausibleUrl(href).slice(ORIGIN.length)}"`,
  );
  const html = [
    '<!doctype html>',
    `<!-- Made by npm run fixture from a recognition report of ${escapeComment(String(facts.date))}`,
    `     (extension ${escapeComment(String(facts.extension))}, guide ${escapeComment(String(facts.guide))}, ${escapeComment(String(facts.browser))}).`,
    `     Address as reported, masked: ${escapeComment(facts.path)}.`,
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
  return { name: fixtureName, file: entry.file, html, entry };
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
  const pagesPath = join(FIXTURES, 'pages.json');
  const htmlPath = join(FIXTURES, 'pages', fixture.file);
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
