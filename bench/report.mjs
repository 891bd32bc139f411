// The printed report: tables of every figure, the budget lines, and a compact summary to paste.
import { BUDGETS, kb, signed } from './budgets.mjs';
import { CPU_WINDOW_AFTER_LOAD_MS } from './loads.mjs';
import { CHURN, LARGE_AS_ACCOUNT_URL, LARGE_DASHBOARD_URL } from './pages.mjs';
import { SETTINGS } from './setup.mjs';
import { fixed, median, range, table } from './stats.mjs';

const triple = (a, b, c, digits = 1) => `${fixed(a, digits)} / ${fixed(b, digits)} / ${fixed(c, digits)}`;

function sizesTable(sizes) {
  const row = (label, part, cap) => [label, String(part.files.length), kb(part.bytes), kb(part.gzip), cap];
  return table(
    ['bundle', 'files', 'raw', 'gzip', 'cap'],
    [
      row('content script (JS + CSS)', sizes.content, kb(BUDGETS.contentGzipBytes)),
      row('popup (chunks + CSS)', sizes.popup, '–'),
      row('background', sizes.background, '–'),
    ],
  );
}

function loadsTable(loads) {
  return table(
    [
      'page',
      'runs',
      'CPU w / n / wo',
      'w − n',
      'load end w / n / wo',
      'w − n',
      'from injection w − n',
      'panel after load',
      'open/tab',
    ],
    loads.map((p) => [
      p.name,
      String(p.runs),
      triple(p.mainThreadWith.median, p.mainThreadNoop.median, p.mainThreadWithout.median),
      `${signed(p.cpuOverNoopMs)} ms`,
      triple(p.loadWith.median, p.loadNoop.median, p.loadWithout.median),
      `${signed(p.loadEndOverNoopMs)} ms`,
      `${signed(p.loadDelayMs)} ms`,
      `${range(p.panelAfterLoad)} ms`,
      `${p.openedLoads}/${p.tabLoads}`,
    ]),
  );
}

function panelTable(loads) {
  return table(
    ['page', 'start→painted', 'start→inserted', 'inserted→painted', 'script eval', 'style+layout', 'own CPU'],
    loads.map((p) => [
      p.name,
      range(p.panelAfterStart),
      fixed(p.scriptToInsert.median),
      fixed(p.insertToPaint.median),
      fixed(p.scriptEval.median),
      fixed(p.style.median + p.layout.median),
      fixed(p.contentScriptCpu.median),
    ]),
  );
}

function readingTable(reading) {
  return table(
    ['read at', 'runs', 'median', 'min', 'max', 'first (cold)', 'result'],
    [
      ['dashboard address', reading.dashboard, LARGE_DASHBOARD_URL],
      ['account address', reading.account, LARGE_AS_ACCOUNT_URL],
    ].map(([label, r]) => [
      label,
      String(r.n),
      `${fixed(r.median, 2)} ms`,
      fixed(r.min, 2),
      fixed(r.max, 2),
      fixed(r.cold, 2),
      `${r.pageKind}/${r.situation}${r.pending ? ' (pending)' : ''}`,
    ]),
  );
}

function churnTable(churns) {
  const rows = [];
  for (const c of churns) {
    for (const window of c.after ? ['first', 'after'] : ['first']) {
      const w = c[window];
      rows.push([
        window === 'first' ? c.name : '',
        window === 'first' ? 'before the limit' : 'after the limit',
        fixed(w.seconds.median),
        `${range(w.extensionMsPerS, 3)}`,
        `${fixed(w.pageDrivenCalls.median, 0)} (max ${w.pageDrivenCallsMax})`,
        `${fixed(w.heartbeatCalls.median, 0)}`,
        `${fixed(w.mainThread.with.median, 2)} / ${fixed(w.mainThread.noop.median, 2)}`,
      ]);
    }
  }
  return table(
    ['page', 'window', 's', 'ext. CPU ms/s', 'calls driven', 'validity checks', 'main ms/s with / no-op'],
    rows,
  );
}

export function report(result) {
  const { sizes, loads, reading, churns, twoTabs, composer, checks } = result;
  const out = [];
  out.push(
    '',
    '== Bundle sizes (gzip -9, each file on its own, summed; 1 KB = 1,000 bytes) ==',
    sizesTable(sizes),
  );
  out.push(
    '',
    `== Page loads: main-thread CPU (commit to load end + ${CPU_WINDOW_AFTER_LOAD_MS} ms) and loadEventEnd (from the navigation; from the content script's injection), ms, medians (fixture pages ${SETTINGS.loadRuns} runs, dashboard cases ${SETTINGS.dashboardRuns}) ==`,
    loadsTable(loads),
    `Median over the pages: CPU with − no-op ${signed(median(loads.map((l) => l.cpuOverNoopMs)))} ms, ` +
      `no-op − without ${signed(median(loads.map((l) => l.noopOverWithoutMs)))} ms; load end with − no-op ` +
      `${signed(median(loads.map((l) => l.loadEndOverNoopMs)))} ms (from the injection ` +
      `${signed(median(loads.map((l) => l.loadDelayMs)))} ms), no-op − without ${signed(median(loads.map((l) => l.noopLoadDelayMs)))} ms.`,
  );
  const notInjected = loads.filter((p) => p.noopScriptRan < p.samples.noop.length);
  if (notInjected.length > 0) {
    out.push(
      `WARN  no-op content script not seen in the trace on: ${notInjected.map((p) => p.name).join(', ')}`,
    );
  }
  const short = loads.filter((p) => p.windowShort > 0);
  if (short.length > 0) {
    out.push(
      `WARN  panel painted after the CPU window ended on: ${short.map((p) => `${p.name} (${p.windowShort})`).join(', ')}`,
    );
  }
  const timeouts = loads.filter((p) => p.timeouts > 0);
  if (timeouts.length > 0) {
    out.push(
      `WARN  loads that never went idle (15 s): ${timeouts.map((p) => `${p.name} (${p.timeouts})`).join(', ')}`,
    );
  }
  out.push(
    '',
    '== Panel: content script start (trace EvaluateScript) to painted (first Commit after insertion), ms, medians ==',
    panelTable(loads),
  );
  out.push(
    '',
    `== Reading + matching (readPage + matchSituation, bundled, in the page), ${reading.rows} rows ==`,
    readingTable(reading),
  );
  out.push(
    '',
    `== DOM churn (${CHURN.rowsPerTick} rows replaced every ${CHURN.tickMs} ms), medians of ${SETTINGS.churnRuns} ==`,
    churnTable(churns),
    'ext. CPU: the content script’s own calls (trace FunctionCall naming its URL), per second. calls driven: those',
    'that are not the 2-s validity check of the extension context (WXT ctx.setInterval).',
  );
  if (composer) {
    out.push(
      '',
      `== Composer page (composer.html#${composer.form}), fresh profile, ${composer.runs} launches: ms from its navigation start ==`,
      table(
        ['', 'median', 'min', 'max'],
        [
          [
            'first field painted',
            fixed(composer.firstField.median),
            fixed(composer.firstField.min),
            fixed(composer.firstField.max),
          ],
          [
            'policy answered (storage.managed)',
            fixed(composer.policyAnswered.median),
            fixed(composer.policyAnswered.min),
            fixed(composer.policyAnswered.max),
          ],
        ],
      ),
    );
  }
  out.push(
    '',
    `== Idle first tab after a second ViaTrajectoire tab opened and closed, over ${twoTabs.windowMs} ms (no budget) ==`,
    table(
      ['', 'main-thread CPU', 'storage changes'],
      [
        ['with extension', `${fixed(twoTabs.with.taskMs, 0)} ms`, String(twoTabs.with.storageChanges)],
        ['without', `${fixed(twoTabs.without.taskMs, 0)} ms`, '–'],
      ],
    ),
  );
  if (twoTabs.with.storageChanges > 2) {
    out.push(
      `WARN  the extension kept writing to storage in an idle tab (${twoTabs.with.storageChanges} changes).`,
    );
  }
  out.push('', '== Budgets ==');
  for (const b of checks) {
    out.push(
      `${b.pass ? 'PASS' : 'FAIL'}  ${b.name}: ${b.shown} (budget ${b.limitShown})${b.detail ? `; ${b.detail}` : ''}`,
    );
  }
  const failed = checks.filter((b) => !b.pass);
  const env = result.environment;
  out.push(
    '',
    '== Summary (to paste) ==',
    `Bench of ${result.date.slice(0, 10)}, ${env.cpus} CPU, load average ${env.loadavgStart.map((l) => l.toFixed(1)).join(' ')} at start, ` +
      `${env.loadavgEnd.map((l) => l.toFixed(1)).join(' ')} at end, ${Math.round(result.phasesMs.total / 1000)} s.`,
    table(
      ['budget', 'limit', 'measured', ''],
      summaryChecks(checks).map((b) => [b.name, b.limitShown, b.shown, b.pass ? 'pass' : 'FAIL']),
    ),
    failed.length === 0
      ? 'All budgets pass.'
      : `${failed.length} budget(s) FAILED: ${failed.map((b) => b.name).join('; ')}`,
  );
  console.log(out.join('\n'));
}

/** The summary's lines: every budget, but the per-page panel lines folded into their worst page. */
export function summaryChecks(checks) {
  const panel = checks.filter((c) => c.name.startsWith('panel painted after the load event'));
  const rest = checks.filter((c) => !panel.includes(c));
  if (panel.length === 0) return rest;
  const worst = panel.reduce((a, b) => (b.value > a.value || !Number.isFinite(b.value) ? b : a));
  const folded = {
    ...worst,
    name: `panel painted after the load event, worst of ${panel.length} pages (${worst.name.split(', ').pop()})`,
    pass: panel.every((c) => c.pass),
  };
  const at = checks.indexOf(panel[0]);
  return [...rest.slice(0, at), folded, ...rest.slice(at)];
}
