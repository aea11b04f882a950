/**
 * Thresholds are the scripts' pass/fail gates, and a gate on a misspelt metric gates nothing:
 * k6 would only say so once a run starts. These types let the static check refuse it first.
 * Every block goes through gates(), whose keys must name a metric below, bare or with a tag
 * filter, and whose rules must read like `p(95)<300` or `rate>=0.99`.
 *
 * @typedef {'http_req_duration' | 'http_req_failed' | 'http_reqs' | 'checks' | 'iterations'
 *   | 'iteration_duration' | 'dropped_iterations' | 'checkout_answered' | 'checkout_ok'
 *   | 'checkout_degraded' | 'checkout_priced_from_cache'
 *   | 'upstream_calls_per_checkout'} MetricName
 *   k6's own metrics the scripts judge, then those of lib/checkout.js and lib/upstream-calls.js
 *
 * @typedef {'avg' | 'min' | 'med' | 'max' | `p(${number})` | 'rate' | 'count' | 'value'} Aggregate
 * @typedef {'<' | '<=' | '>' | '>=' | '==' | '!='} Comparison
 * @typedef {`${Aggregate}${Comparison}${number}`} Rule
 *
 * A rule that stops the whole run as soon as it fails, for tests that look for a breaking point.
 * @typedef {object} AbortingRule
 * @property {Rule} threshold
 * @property {boolean} abortOnFail
 * @property {string} [delayAbortEval] how long to collect before the rule may abort, e.g. '30s'
 *
 * @typedef {Rule | AbortingRule} Gate
 * @typedef {`${MetricName}{${string}}`} TaggedMetric filtered by tags: `checks{phase:control}`
 * @typedef {{ [key in MetricName | TaggedMetric]?: Gate[] }} Thresholds
 */

/**
 * A thresholds block checked against the names above, in the form k6's options take.
 * @param {Thresholds} block
 * @returns {Record<string, import('k6/options').Threshold[]>}
 */
export function gates(block) {
  return /** @type {Record<string, import('k6/options').Threshold[]>} */ (block);
}

/**
 * A rule that ends the whole run as soon as it fails, once the run is `delay` old.
 * @param {Rule} rule
 * @param {string} delay e.g. '30s'
 * @returns {AbortingRule}
 */
export function aborting(rule, delay) {
  return { threshold: rule, abortOnFail: true, delayAbortEval: delay };
}

/**
 * The same gates for the requests of one phase, i.e. of the scenario tagged `phase: <name>`.
 * @param {string} phase
 * @param {Partial<Record<MetricName, Gate[]>>} rules
 * @returns {Thresholds}
 */
export function onPhase(phase, rules) {
  /** @type {Thresholds} */
  const block = {};
  const entries = /** @type {[MetricName, Gate[]][]} */ (Object.entries(rules));
  for (const [metric, gatesOfMetric] of entries) {
    block[tagged(metric, 'phase', phase)] = gatesOfMetric;
  }
  return block;
}

/**
 * The same gates for each of several phases, judged one by one.
 * @param {readonly { name: string }[]} phases
 * @param {Partial<Record<MetricName, Gate[]>>} rules
 * @returns {Thresholds}
 */
export function onEachPhase(phases, rules) {
  /** @type {Thresholds} */
  const block = {};
  for (const { name } of phases) {
    Object.assign(block, onPhase(name, rules));
  }
  return block;
}

/**
 * @param {MetricName} metric
 * @param {string} tag
 * @param {string} value
 * @returns {TaggedMetric}
 */
export function tagged(metric, tag, value) {
  return `${metric}{${tag}:${value}}`;
}

/**
 * What a healthy gateway delivers under ordinary load: fast, answered with a priced cart,
 * no upstream replaced by its fallback. The yardstick of every workload that is not about a
 * failure; the incident phases carry their own figures in their scenario file.
 * @type {Readonly<Partial<Record<MetricName, Gate[]>>>}
 */
export const HEALTHY = Object.freeze({
  http_req_duration: ['p(95)<300', 'p(99)<600'],
  checkout_ok: ['rate>=0.99'],
  checkout_degraded: ['rate<0.01'],
});
