// @vitest-environment node
// The shipped code's import graph has no cycle between files (type-only imports included: a type
// that two modules need lives in a third, as content/compose/types.ts and components/panel-types.ts
// do), and none between the top-level folders: entrypoints/ wires, utils/ holds what the entry
// points share, components/ renders, content/ knows, each importing only the folders after it.
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, relative, resolve } from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

const ROOT = process.cwd();
const FOLDERS = ['entrypoints', 'utils', 'components', 'content'] as const;
const SOURCE = /\.(?:ts|tsx|mts|mjs)$/u;
const RESOLVED_AS = ['', '.ts', '.tsx', '.mts', '.mjs', '/index.ts', '/index.tsx'];

function sourcesUnder(dir: string): string[] {
  return readdirSync(resolve(ROOT, dir), { withFileTypes: true, recursive: true })
    .filter((entry) => entry.isFile() && SOURCE.test(entry.name) && !entry.name.endsWith('.d.mts'))
    .map((entry) => resolve(entry.parentPath, entry.name));
}

/** The repository file a relative import names, or undefined (a package, a CSS file, a query). */
function resolveImport(from: string, specifier: string): string | undefined {
  if (!specifier.startsWith('.') || specifier.includes('?')) return undefined;
  const base = resolve(dirname(from), specifier);
  for (const suffix of RESOLVED_AS) {
    const candidate = base + suffix;
    if (existsSync(candidate) && statSync(candidate).isFile() && SOURCE.test(candidate)) return candidate;
  }
  return undefined;
}

/** Every file's imports (static, re-exports, dynamic, type-only), as repository paths. */
function importGraph(files: readonly string[]): Map<string, string[]> {
  const graph = new Map<string, string[]>();
  for (const file of files) {
    const { importedFiles } = ts.preProcessFile(readFileSync(file, 'utf8'), true, true);
    const targets = importedFiles.flatMap(({ fileName }) => resolveImport(file, fileName) ?? []);
    graph.set(relative(ROOT, file), [...new Set(targets.map((target) => relative(ROOT, target)))]);
  }
  return graph;
}

/** The strongly connected components of more than one node (Tarjan): each is a cycle. */
function cyclesOf(graph: ReadonlyMap<string, readonly string[]>): string[][] {
  let next = 0;
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const onStack = new Set<string>();
  const cycles: string[][] = [];
  const visit = (node: string) => {
    index.set(node, next);
    low.set(node, next);
    next++;
    stack.push(node);
    onStack.add(node);
    for (const target of graph.get(node) ?? []) {
      if (!index.has(target)) {
        visit(target);
        low.set(node, Math.min(low.get(node) as number, low.get(target) as number));
      } else if (onStack.has(target))
        low.set(node, Math.min(low.get(node) as number, index.get(target) as number));
    }
    if (low.get(node) !== index.get(node)) return;
    const component: string[] = [];
    let member: string | undefined;
    do {
      member = stack.pop() as string;
      onStack.delete(member);
      component.push(member);
    } while (member !== node);
    if (component.length > 1 || (graph.get(node) ?? []).includes(node)) cycles.push(component.sort());
  };
  for (const node of graph.keys()) if (!index.has(node)) visit(node);
  return cycles;
}

const topFolder = (file: string): string => file.split(/[\\/]/u)[0] as string;

const files = FOLDERS.flatMap(sourcesUnder);
const graph = importGraph(files);

/** Whether an import or export declaration brings in only types (erased at build time). */
function typeOnly(node: ts.ImportDeclaration | ts.ExportDeclaration): boolean {
  if (ts.isExportDeclaration(node))
    return (
      node.isTypeOnly ||
      (node.exportClause !== undefined &&
        ts.isNamedExports(node.exportClause) &&
        node.exportClause.elements.every((element) => element.isTypeOnly))
    );
  const clause = node.importClause;
  if (!clause) return false;
  if (clause.isTypeOnly) return true;
  const named = clause.namedBindings;
  return (
    clause.name === undefined &&
    named !== undefined &&
    ts.isNamedImports(named) &&
    named.elements.length > 0 &&
    named.elements.every((element) => element.isTypeOnly)
  );
}

/** The imports that run: static and dynamic, type-only ones left out. */
function runtimeGraph(sources: readonly string[]): Map<string, string[]> {
  const runtime = new Map<string, string[]>();
  for (const file of sources) {
    const source = ts.createSourceFile(file, readFileSync(file, 'utf8'), ts.ScriptTarget.Latest, true);
    const specifiers: string[] = [];
    const visit = (node: ts.Node) => {
      if (
        (ts.isImportDeclaration(node) || ts.isExportDeclaration(node)) &&
        node.moduleSpecifier &&
        ts.isStringLiteral(node.moduleSpecifier) &&
        !typeOnly(node)
      )
        specifiers.push(node.moduleSpecifier.text);
      if (
        ts.isCallExpression(node) &&
        node.expression.kind === ts.SyntaxKind.ImportKeyword &&
        node.arguments[0] &&
        ts.isStringLiteral(node.arguments[0])
      )
        specifiers.push(node.arguments[0].text);
      ts.forEachChild(node, visit);
    };
    visit(source);
    const targets = specifiers.flatMap((specifier) => resolveImport(file, specifier) ?? []);
    runtime.set(relative(ROOT, file), [...new Set(targets.map((target) => relative(ROOT, target)))]);
  }
  return runtime;
}

/** A file of content/ by its folder: `content/compose`, `content/text`…; `content` for the files at its root. */
const contentFolder = (file: string): string => {
  const parts = file.split(/[\\/]/u);
  return parts.length > 2 ? `${parts[0]}/${parts[1]}` : (parts[0] as string);
};

describe('the import graph of the shipped code', () => {
  it('is read from every folder, imports included', () => {
    for (const folder of FOLDERS)
      expect([...graph.keys()].some((file) => topFolder(file) === folder)).toBe(true);
    expect([...graph.values()].flat().length).toBeGreaterThan(200);
  });

  it('has no cycle between files, type-only imports included', () => {
    expect(cyclesOf(graph)).toEqual([]);
  });

  it('has no cycle between the top-level folders: each imports only the folders after it', () => {
    const order: readonly string[] = FOLDERS;
    const upward = [...graph].flatMap(([file, targets]) =>
      targets
        .filter((target) => order.indexOf(topFolder(target)) < order.indexOf(topFolder(file)))
        .map((target) => `${file} → ${target}`),
    );
    expect(upward).toEqual([]);
  });

  it('has no cycle between the folders of content/ at run time', () => {
    // content/lib (helpers, markers) < text (the interface's words) < guide < viatrajectoire (the
    // reader) < compose < report < content's own files (the rules). A type-only import may point
    // up (text/fr/understanding.ts names its words by the rule's ids, to be exhaustive): erased at
    // build time, it orders nothing.
    const runtime = runtimeGraph(files.filter((file) => relative(ROOT, file).startsWith('content')));
    const folders = new Map<string, string[]>();
    for (const [file, targets] of runtime) {
      const from = contentFolder(file);
      const to = targets.map(contentFolder).filter((folder) => folder !== from);
      folders.set(from, [...new Set([...(folders.get(from) ?? []), ...to])]);
    }
    expect(folders.size).toBeGreaterThan(5);
    expect(cyclesOf(folders)).toEqual([]);
  });

  it('finds a cycle where there is one (the check itself)', () => {
    expect(
      cyclesOf(
        new Map([
          ['a', ['b']],
          ['b', ['c']],
          ['c', ['a']],
          ['d', ['a']],
        ]),
      ),
    ).toEqual([['a', 'b', 'c']]);
    expect(cyclesOf(new Map([['a', ['a']]]))).toEqual([['a']]);
    expect(cyclesOf(new Map([['a', ['b']]]))).toEqual([]);
  });
});
