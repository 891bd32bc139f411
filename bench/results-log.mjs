// bench/RESULTS.md: one table per run, appended by `npm run bench` (unless --no-record), with its
// date, commit, machine and load average: a figure means nothing without the machine's state.
import { execFileSync } from 'node:child_process';
import { appendFileSync, existsSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import { join } from 'node:path';
import { summaryChecks } from './report.mjs';
import { ROOT } from './setup.mjs';

export const RESULTS_FILE = join(ROOT, 'bench', 'RESULTS.md');

const HEADER = `# Bench results

\`npm run bench\` appends one table per run here (\`--no-record\` skips it): its date, the commit it
measured, the machine and its load average at start and end (1, 5 and 15 minutes). Method and
budgets: [README.md](README.md). The newest run is last; the README's performance section
shows the latest run worth showing.
`;

function commit() {
  try {
    const sha = execFileSync('git', ['rev-parse', '--short', 'HEAD'], { cwd: ROOT, encoding: 'utf8' }).trim();
    const dirty = execFileSync('git', ['status', '--porcelain', '--untracked-files=no'], {
      cwd: ROOT,
      encoding: 'utf8',
    }).trim();
    return dirty ? `${sha} + uncommitted changes` : sha;
  } catch {
    return 'unknown';
  }
}

const cell = (text) => String(text).replaceAll('|', '\\|');

/** A Markdown table with its columns padded, as the repository's formatter (Biome) writes them. */
function markdownTable(header, rows) {
  const widths = header.map((h, i) => Math.max(3, h.length, ...rows.map((row) => row[i].length)));
  const line = (cells) => `| ${cells.map((c, i) => c.padEnd(widths[i])).join(' | ')} |`;
  return [line(header), line(widths.map((w) => '-'.repeat(w))), ...rows.map(line)];
}

/** The run's block, as appended: a heading, the machine, the table of budgets. */
export function resultsBlock(result) {
  const env = result.environment;
  const loads = (l) => l.map((v) => v.toFixed(1)).join(' ');
  const failed = result.checks.filter((c) => !c.pass).length;
  const rows = summaryChecks(result.checks).map((c) => [
    cell(c.name),
    cell(c.limitShown),
    cell(c.shown),
    c.pass ? 'pass' : '**FAIL**',
  ]);
  return [
    '',
    `## ${result.date.slice(0, 16).replace('T', ' ')} UTC, commit ${commit()}`,
    '',
    `${env.cpus} × ${os.cpus()[0]?.model.trim() ?? 'unknown CPU'}, ${env.chromium}, Node ${env.node}; ` +
      `load average ${loads(env.loadavgStart)} at start, ${loads(env.loadavgEnd)} at end; ` +
      `${Math.round(result.phasesMs.total / 1000)} s. ${failed === 0 ? 'Every budget passed.' : `${failed} budget(s) failed.`}`,
    '',
    ...markdownTable(['budget', 'limit', 'measured', ''], rows),
    '',
  ].join('\n');
}

export function recordResults(result) {
  if (!existsSync(RESULTS_FILE)) writeFileSync(RESULTS_FILE, HEADER);
  appendFileSync(RESULTS_FILE, resultsBlock(result));
}
