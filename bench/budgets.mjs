// The budgets `npm run bench` fails on, and the check of each against the run's figures.
import { SIZE_BUDGETS } from './code.mjs';
import { fixed } from './stats.mjs';

export const BUDGETS = {
  /** Main-thread CPU per dashboard load, this extension minus the no-op one, panel as a tab (ms). */
  cpuTabMs: 12,
  /** The same where the panel opens by itself (ms). */
  cpuOpenMs: 25,
  /** The page's loadEventEnd after the content script's injection, this extension minus the no-op one (ms). */
  loadDelayMs: 5,
  /** The panel (or its tab) painted after the page's loadEventEnd (ms). */
  panelAfterLoadMs: 100,
  /** readPage + matchSituation on the 10,000-row dashboard (ms). */
  readMs: 2,
  /** The content script's CPU per second of churn before the late-render limit (ms/s). */
  churnMsPerS: 2,
  /** Calls into the content script driven by the churn after the limit, in any run. */
  churnCallsAfterLimit: 0,
  /** The composer page's first field painted, from its navigation start, fresh profile (ms, median). */
  composerFirstFieldMs: 300,
  /** The one sanity cap on size: the content script, gzip bytes (tests/build/output.ts). */
  contentGzipBytes: SIZE_BUDGETS.content,
};

export const kb = (bytes) => `${(bytes / 1000).toFixed(1)} KB`;
export const signed = (value, digits = 1) =>
  Number.isFinite(value) ? `${value >= 0 ? '+' : '−'}${Math.abs(value).toFixed(digits)}` : '–';

/**
 * One entry per budget: `name`, `value`, `limit`, `pass`, and the texts of the summary (`shown`,
 * `limitShown`, `detail`).
 */
export function checkBudgets({ sizes, loads, reading, churns, composer }) {
  const checks = [];
  const check = (name, value, limit, shown, limitShown, detail = '', extraPass = true) =>
    checks.push({
      name,
      value,
      limit,
      pass: Number.isFinite(value) && value <= limit && extraPass,
      shown,
      limitShown,
      detail,
    });

  for (const panelCase of ['tab', 'open']) {
    const target = loads.find((l) => l.panelCase === panelCase);
    if (!target) continue;
    const limit = panelCase === 'tab' ? BUDGETS.cpuTabMs : BUDGETS.cpuOpenMs;
    // The figure belongs to its case only if the panel started that way in every load.
    const asSeeded = panelCase === 'tab' ? target.tabLoads : target.openedLoads;
    check(
      `CPU per load, dashboard, panel ${panelCase === 'tab' ? 'as a tab' : 'open'} (with − no-op)`,
      target.cpuOverNoopMs,
      limit,
      `${signed(target.cpuOverNoopMs)} ms`,
      `≤ ${limit} ms`,
      `with ${fixed(target.mainThreadWith.median)} ms, no-op ${fixed(target.mainThreadNoop.median)} ms, ` +
        `without ${fixed(target.mainThreadWithout.median)} ms (medians of ${target.runs}), from the commit; content ` +
        `script's own ${fixed(target.contentScriptCpu.median)} ms; before the commit (not counted) with − no-op ` +
        `${signed(target.beforeCommitOverNoopMs)} ms; panel ${panelCase} in ${asSeeded}/${target.runs} loads`,
      asSeeded === target.runs,
    );
  }
  for (const target of loads.filter((l) => l.panelCase)) {
    check(
      `load event delay, ${target.name} (injection → loadEventEnd, with − no-op)`,
      target.loadDelayMs,
      BUDGETS.loadDelayMs,
      `${signed(target.loadDelayMs)} ms`,
      `≤ ${BUDGETS.loadDelayMs} ms`,
      `with ${fixed(target.loadAfterScriptWith.median)} ms, no-op ${fixed(target.loadAfterScriptNoop.median)} ms; ` +
        `loadEventEnd from the navigation: with ${fixed(target.loadWith.median)} ms, no-op ` +
        `${fixed(target.loadNoop.median)} ms (${signed(target.loadEndOverNoopMs)} ms), without ${fixed(target.loadWithout.median)} ms`,
    );
  }
  for (const target of loads) {
    check(
      `panel painted after the load event, ${target.name}`,
      target.panelAfterLoad.median,
      BUDGETS.panelAfterLoadMs,
      `${fixed(target.panelAfterLoad.median)} ms`,
      `≤ ${BUDGETS.panelAfterLoadMs} ms`,
      `min–max ${fixed(target.panelAfterLoad.min)}–${fixed(target.panelAfterLoad.max)} ms`,
    );
  }
  check(
    `reading + matching, ${reading.rows.toLocaleString('en')}-row dashboard`,
    reading.dashboard.median,
    BUDGETS.readMs,
    `${fixed(reading.dashboard.median, 2)} ms`,
    `≤ ${BUDGETS.readMs} ms`,
    `min–max ${fixed(reading.dashboard.min, 2)}–${fixed(reading.dashboard.max, 2)} ms, first ${fixed(reading.dashboard.cold, 2)} ms`,
  );
  for (const churn of churns.filter((c) => c.budgeted)) {
    check(
      `DOM churn before the late-render limit, ${churn.name} (content script CPU)`,
      churn.first.extensionMsPerS.median,
      BUDGETS.churnMsPerS,
      `${fixed(churn.first.extensionMsPerS.median, 2)} ms/s`,
      `≤ ${BUDGETS.churnMsPerS} ms/s`,
      `over ${fixed(churn.first.seconds.median)} s; ${fixed(churn.first.pageDrivenCalls.median, 0)} calls; ` +
        `cross-check main thread with − no-op ${signed(churn.firstWithOverNoopMsPerS, 2)} ms/s`,
    );
    check(
      `DOM churn after the late-render limit, ${churn.name} (calls the churn drives, any run)`,
      churn.after.pageDrivenCallsMax,
      BUDGETS.churnCallsAfterLimit,
      `${churn.after.pageDrivenCallsMax} calls`,
      `${BUDGETS.churnCallsAfterLimit} calls`,
      `over ${fixed(churn.after.seconds.median)} s; besides, the 2-s validity check: ` +
        `${fixed(churn.after.heartbeatCalls.median, 0)} calls, ${fixed(churn.after.heartbeatMs.median, 2)} ms; ` +
        `cross-check main thread with − no-op ${signed(churn.afterWithOverNoopMsPerS, 2)} ms/s`,
    );
  }
  if (composer) {
    check(
      `composer: first field visible, fresh profile (composer.html#${composer.form})`,
      composer.firstField.median,
      BUDGETS.composerFirstFieldMs,
      `${fixed(composer.firstField.median)} ms`,
      `≤ ${BUDGETS.composerFirstFieldMs} ms`,
      `min–max ${fixed(composer.firstField.min)}–${fixed(composer.firstField.max)} ms over ${composer.runs} launches; ` +
        `the policy (storage.managed) answered at ${fixed(composer.policyAnswered.median)} ms ` +
        `(${fixed(composer.policyAnswered.min)}–${fixed(composer.policyAnswered.max)})`,
      composer.timeouts === 0,
    );
  }
  check(
    'content script gzip (sanity cap)',
    sizes.content.gzip,
    BUDGETS.contentGzipBytes,
    kb(sizes.content.gzip),
    `≤ ${kb(BUDGETS.contentGzipBytes)}`,
  );
  return checks;
}
