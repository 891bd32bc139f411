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
