import { SUMMARY_DIR } from './env.js';

/**
 * The slice of k6's end-of-test summary that the report reads.
 * @typedef {object} SummaryMetric
 * @property {Record<string, number>} values
 * @property {Record<string, { ok: boolean }>} [thresholds]
 *
 * @typedef {object} SummaryData
 * @property {Record<string, SummaryMetric>} metrics
 * @property {{ testRunDurationMs: number }} state
 */

/**
 * A handleSummary for one workload: the full summary as JSON in
 * `$SUMMARY_DIR/<workload>-summary.json` for later comparison, and on stdout every
 * threshold with its verdict and the figure it judged, so a run reads as pass or fail.
 * @param {string} workload the entry script's name, e.g. smoke-checkout
 * @param {(data: SummaryData) => string[]} [conclusions] lines the workload adds under its verdicts
 * @returns {(data: SummaryData) => Record<string, string>}
 */
export function summaryWriter(workload, conclusions = () => []) {
  return (data) => ({
    [`${SUMMARY_DIR}/${workload}-summary.json`]: JSON.stringify(data, null, 2),
    stdout: [thresholdReport(workload, data), ...conclusions(data).map((line) => `  ${line}\n`)].join(''),
  });
}

/**
 * @param {string} workload
 * @param {SummaryData} data
 * @returns {string}
 */
function thresholdReport(workload, data) {
  const lines = [];
  for (const [name, metric] of Object.entries(data.metrics)) {
    for (const [rule, verdict] of Object.entries(metric.thresholds || {})) {
      lines.push(`  ${verdict.ok ? 'pass' : 'FAIL'}  ${name}: ${rule} (${figures(metric.values)})`);
    }
  }
  const failed = lines.filter((line) => line.startsWith('  FAIL')).length;
  return [`${workload}: ${lines.length - failed} thresholds passed, ${failed} failed`, ...lines.sort(), ''].join('\n');
}

/**
 * @param {Record<string, number>} values
 * @returns {string}
 */
function figures(values) {
  return Object.entries(values)
    .map(([stat, value]) => `${stat}=${Number.isInteger(value) ? value : value.toFixed(3)}`)
    .join(' ');
}
