import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

// The interface's French lives in content/text/fr/, the guide's in content/guide/, and _locales/;
// the code that renders or builds messages takes it from there.
const ROOT = process.cwd();
const CHECKED_DIRS = ['components', 'entrypoints', 'utils', 'content/compose'];

/**
 * The heuristic: a text is French when it has
 * - a letter with a French diacritic (é, è, à, ç, ô, œ…), or
 * - French punctuation: « », the typographic apostrophe ’, or a no-break space (U+00A0, U+202F), or
 * - two words or more, one of them a French function word (le, la, les, des, vous, pour…).
 * A single plain word ("Nom", "Mail") cannot be told from an identifier: it is not caught.
 */
const FRENCH_LETTER = /[àâäçéèêëîïôöùûüÿœæ]/i;
const FRENCH_PUNCTUATION = /[«»’\u00A0\u202F]/;
const FRENCH_WORDS = new Set(
  'le la les un une des du de et est sont pour vous votre vos avec dans pas sur au aux ce cette ces qui que nous mais ou ne plus sans'.split(
    ' ',
  ),
);

function looksFrench(text: string): boolean {
  if (FRENCH_LETTER.test(text) || FRENCH_PUNCTUATION.test(text)) return true;
  const words = text
    .toLowerCase()
    .split(/\s+/)
    .map((word) => word.replace(/^[^a-z]+|[^a-z]+$/g, ''))
    .filter(Boolean);
  return words.length >= 2 && words.some((word) => FRENCH_WORDS.has(word));
}

function sourcesUnder(dir: string): string[] {
  return readdirSync(resolve(ROOT, dir), { withFileTypes: true, recursive: true })
    .filter((entry) => entry.isFile() && /\.tsx?$/.test(entry.name) && !entry.name.endsWith('.d.ts'))
    .map((entry) => join(entry.parentPath, entry.name));
}

interface Literal {
  where: string;
  text: string;
}

/** Every text the source could show: string literals, template parts and JSX text. */
function literalsOf(file: string): Literal[] {
  const source = ts.createSourceFile(
    file,
    readFileSync(file, 'utf8'),
    ts.ScriptTarget.Latest,
    true,
    file.endsWith('.tsx') ? ts.ScriptKind.TSX : ts.ScriptKind.TS,
  );
  const found: Literal[] = [];
  const add = (node: ts.Node, text: string) => {
    const { line } = source.getLineAndCharacterOfPosition(node.getStart(source));
    found.push({ where: `${relative(ROOT, file)}:${line + 1}`, text });
  };
  const visit = (node: ts.Node) => {
    const parent = node.parent;
    // Module paths and property names are not shown to anyone.
    const isModulePath = ts.isImportDeclaration(parent) || ts.isExportDeclaration(parent);
    const isName =
      (ts.isPropertyAssignment(parent) || ts.isPropertySignature(parent)) && parent.name === node;
    if (ts.isStringLiteral(node) && !isModulePath && !isName) add(node, node.text);
    else if (ts.isNoSubstitutionTemplateLiteral(node) || ts.isTemplateLiteralToken(node))
      add(node, node.text);
    else if (ts.isJsxText(node) && node.text.trim() !== '') add(node, node.text);
    ts.forEachChild(node, visit);
  };
  ts.forEachChild(source, visit);
  return found;
}

describe('no French outside content/guide/ and _locales/', () => {
  it('tells French from code-like text', () => {
    for (const french of [
      'Rédiger le message',
      'À :',
      'Copier le message',
      'lecture de la page impossible',
      'l’unité',
      '« Effacer »',
    ])
      expect(looksFrench(french), french).toBe(true);
    for (const code of [
      'composer-field',
      'button button-secondary',
      '[Guide ACT] could not read the page',
      'fr-FR',
      'referents-account',
      'local:drafts',
      'https://trajectoire.sante-ra.fr/**',
    ])
      expect(looksFrench(code), code).toBe(false);
  });

  it('finds no French text in components/, entrypoints/ or content/compose/', () => {
    const files = CHECKED_DIRS.flatMap(sourcesUnder);
    // The scan reaches the code it is about (a wrong path would find nothing and pass).
    expect(files.map((file) => relative(ROOT, file))).toEqual(
      expect.arrayContaining([
        'components/composer/Composer.tsx',
        'entrypoints/viatrajectoire.content/panel-controller.tsx',
        'content/compose/forms.ts',
      ]),
    );
    const literals = files.flatMap(literalsOf);
    expect(literals.length).toBeGreaterThan(500);
    const french = literals.filter((literal) => looksFrench(literal.text));
    expect(
      french.map(({ where, text }) => `${where}: ${JSON.stringify(text)}`),
      'move these texts to a labels file in content/guide/',
    ).toEqual([]);
  });
});
