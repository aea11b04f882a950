/**
 * Load shapes shared by the entry scripts. Open model only: arrival-rate executors start
 * iterations on the clock whatever the gateway's latency, as real shoppers do, so a slow
 * gateway shows as latency and dropped iterations instead of quietly lowering the load.
 *
 * @typedef {import('k6/options').ConstantArrivalRateScenario} ArrivalScenario
 *
 * @typedef {object} Load
 * @property {number} rate checkouts started per second
 * @property {number} seconds how long the load lasts
 *
 * @typedef {object} Phase
 * @property {string} name scenario name, also the value of its `phase` tag
 * @property {Load} load
 */

/** A trickle that proves the path works end to end, not how fast it is. */
export const SMOKE = Object.freeze({ rate: 5, seconds: 30 });

/** Healthy traffic, the yardstick the incident scripts compare against. */
export const BASELINE = Object.freeze({ rate: 200, seconds: 60 });

/**
 * The three acts of an incident script, each at baseline load: healthy, broken, healed.
 * The script injects its fault at the start of `incident` and heals it at `recovery`.
 * @type {readonly Phase[]}
 */
export const INCIDENT_ACTS = Object.freeze([
  { name: 'baseline', load: BASELINE },
  { name: 'incident', load: BASELINE },
  { name: 'recovery', load: BASELINE },
]);

/**
 * Steady arrivals. VUs follow Little's law: rate x time in flight. Pre-allocated for
 * half-second replies; the cap allows two seconds, a little past the gateway's own
 * whole-checkout budget, beyond which k6 drops iterations and reports it.
 * @param {Load} load
 * @param {{ startSeconds?: number, tags?: Record<string, string> }} [placement]
 * @returns {ArrivalScenario}
 */
export function steady(load, { startSeconds = 0, tags = {} } = {}) {
  return {
    executor: 'constant-arrival-rate',
    rate: load.rate,
    timeUnit: '1s',
    duration: `${load.seconds}s`,
    startTime: `${startSeconds}s`,
    preAllocatedVUs: Math.ceil(load.rate * 0.5),
    maxVUs: Math.ceil(load.rate * 2),
    tags,
  };
}

/**
 * Phases one after the other, each tagged `phase: <name>` so thresholds can judge each one.
 * @param {readonly Phase[]} phases
 * @returns {Record<string, ArrivalScenario>}
 */
export function inSequence(phases) {
  /** @type {Record<string, ArrivalScenario>} */
  const scenarios = {};
  let startSeconds = 0;
  for (const { name, load } of phases) {
    scenarios[name] = steady(load, { startSeconds, tags: { phase: name } });
    startSeconds += load.seconds;
  }
  return scenarios;
}

/**
 * Seconds from the start of the test to the start of the named phase.
 * @param {readonly Phase[]} phases
 * @param {string} name
 * @returns {number}
 */
export function startOf(phases, name) {
  const index = phases.findIndex((phase) => phase.name === name);
  if (index < 0) {
    throw new Error(`no phase named ${name}`);
  }
  return phases.slice(0, index).reduce((sum, phase) => sum + phase.load.seconds, 0);
}

/**
 * One call of an exported function at a given second: an arrival-rate scenario with one
 * arrival, for the control actions of a test (inject a fault, heal it).
 * @param {number} startSeconds
 * @param {string} exec name of the exported function to run
 * @returns {ArrivalScenario}
 */
export function onceAt(startSeconds, exec) {
  return {
    executor: 'constant-arrival-rate',
    rate: 1,
    timeUnit: '1s',
    duration: '1s',
    startTime: `${startSeconds}s`,
    preAllocatedVUs: 1,
    maxVUs: 1,
    exec,
    tags: { phase: 'control' },
  };
}
