// @vitest-environment node
// ViaTrajectoire's own labels that the reader matches and the interface quotes have one definition
// (content/lib/app-labels.ts): no words file or view spells them again, so a label the app renames
// cannot be changed in the reader and forgotten in what the user reads.
import { readdirSync, readFileSync } from 'node:fs';
import { relative, resolve } from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import { APP_LABELS, HABILITATIONS_PATH } from '../../content/lib/app-labels';
import { labels } from '../../content/text';
import { RULE_SENTENCES } from '../../content/text/fr/understanding';
import { accountHeadingLabels } from '../../content/viatrajectoire/selectors';

const ROOT = process.cwd();
const WHERE_WORDS_ARE = ['content/text', 'components', 'entrypoints'];

/** Every string literal and template text of the shipped words and views, with its file. */
function literals(): { file: string; text: string }[] {
  return WHERE_WORDS_ARE.flatMap((dir) =>
    readdirSync(resolve(ROOT, dir), { withFileTypes: true, recursive: true })
      .filter((entry) => entry.isFile() && /\.tsx?$/u.test(entry.name))
      .flatMap((entry) => {
        const path = resolve(entry.parentPath, entry.name);
        const source = ts.createSourceFile(path, readFileSync(path, 'utf8'), ts.ScriptTarget.Latest, true);
        const found: { file: string; text: string }[] = [];
        const visit = (node: ts.Node) => {
          if (
            ts.isStringLiteral(node) ||
            ts.isNoSubstitutionTemplateLiteral(node) ||
            ts.isTemplateHead(node) ||
            ts.isTemplateMiddle(node) ||
            ts.isTemplateTail(node)
          )
            found.push({ file: relative(ROOT, path), text: node.text });
          ts.forEachChild(node, visit);
        };
        visit(source);
        return found;
      }),
  );
}

describe('the app’s own labels, one definition', () => {
  it('the reader matches them from their one home', () => {
    expect(accountHeadingLabels).toContain(APP_LABELS.myHabilitations);
  });

  it('no words file or view spells them itself', () => {
    const all = literals();
    expect(all.length).toBeGreaterThan(300);
    const spelled = all.filter(({ text }) => Object.values(APP_LABELS).some((label) => text.includes(label)));
    expect(spelled.map(({ file, text }) => `${file}: ${text}`)).toEqual([]);
  });

  it('what the user reads follows a renamed label (the sentences are built from it)', () => {
    expect(labels.status.notSeenSource).toContain(HABILITATIONS_PATH);
    expect(RULE_SENTENCES['account-no-row']).toContain(`«\u00a0${APP_LABELS.myHabilitations}\u00a0»`);
  });
});
