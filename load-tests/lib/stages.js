/**
 * Load shapes shared by the entry scripts. Open model only: arrival-rate executors start
 * iterations on the clock whatever the gateway's latency, as real shoppers do, so a slow
 * gateway shows as latency and dropped iterations instead of quietly lowering the load.
 *
 * VUs follow Little's law, arrivals per second x seconds in flight: pre-allocated for replies
 * of HEALTHY_REPLY_SECONDS, capped at SLOWEST_REPLY_SECONDS, a little past the gateway's own
 * whole-checkout budget, beyond which k6 drops iterations and reports it.
 *
 * @typedef {import('k6/options').ConstantArrivalRateScenario} ArrivalScenario
 * @typedef {import('k6/options').RampingArrivalRateScenario} RampingScenario
 *
 * @typedef {object} Load
 * @property {number} rate checkouts started per second, a whole number
 * @property {number} seconds how long the load lasts
 *
 * @typedef {object} Phase
 * @property {string} name scenario name, also the value of its `phase` tag
 * @property {Load} load
 *
 * Steps of a stair: hold each rate, then climb to the next, up to the last.
 * @typedef {object} Stairs
 * @property {number} from rate of the first step
 * @property {number} to rate of the last step
 * @property {number} step rate added by each climb
 * @property {number} holdSeconds time spent on each step
 * @property {number} climbSeconds time each climb takes
 */

const HEALTHY_REPLY_SECONDS = 0.5;
const SLOWEST_REPLY_SECONDS = 2;

/** A trickle that proves the path works end to end, not how fast it is. */
export const SMOKE = Object.freeze({ rate: 5, seconds: 30 });

/** A shop's typical traffic, held long enough for caches, pools and JIT to settle. */
export const AVERAGE = Object.freeze({ rate: 100, seconds: 600 });

/**
 * Steps up from typical traffic until the gateway breaks; the stress script stops at the
 * first failed gate, so the last step passed is the capacity found.
 * @type {Readonly<Stairs>}
 */
export const STRESS_STAIRS = Object.freeze({
  from: 100, to: 1200, step: 100, holdSeconds: 50, climbSeconds: 10,
});

/**
 * Typical traffic, a sudden jump to eight times as much, and typical traffic again: the jump
 * shows whether the gateway sheds load cleanly, the last act whether it recovers on its own.
 * @type {readonly Phase[]}
 */
export const SPIKE_ACTS = Object.freeze([
  { name: 'before', load: { rate: AVERAGE.rate, seconds: 60 } },
  { name: 'spike', load: { rate: AVERAGE.rate * 8, seconds: 60 } },
  { name: 'after', load: { rate: AVERAGE.rate, seconds: 120 } },
]);

/**
 * Typical traffic for an hour, cut into ten-minute slices judged one by one: a leak or a
 * filling queue shows as a late slice failing, which an hour-long average would dilute.
 * @type {readonly Phase[]}
 */
export const SOAK_SLICES = slices({ rate: AVERAGE.rate, seconds: 3600 }, 6);

/**
 * Steady arrivals.
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
    preAllocatedVUs: Math.ceil(load.rate * HEALTHY_REPLY_SECONDS),
    maxVUs: Math.ceil(load.rate * SLOWEST_REPLY_SECONDS),
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
 * arrival, for the control actions of a test (inject a fault, heal it), tagged `phase: control`.
 * @param {number} startSeconds
 * @param {string} exec name of the exported function to run
 * @param {Record<string, string>} [env] what the function reads from __ENV, e.g. which phase it serves
 * @returns {ArrivalScenario}
 */
export function onceAt(startSeconds, exec, env = {}) {
  return {
    executor: 'constant-arrival-rate',
    rate: 1,
    timeUnit: '1s',
    duration: '1s',
    startTime: `${startSeconds}s`,
    preAllocatedVUs: 1,
    maxVUs: 1,
    exec,
    env,
    tags: { phase: 'control' },
  };
}

/**
 * Arrivals climbing a stair, one arrival-rate scenario from the first step to the last.
 * @param {Readonly<Stairs>} stairs
 * @returns {RampingScenario}
 */
export function stair(stairs) {
  const stages = [];
  for (let rate = stairs.from; rate <= stairs.to; rate += stairs.step) {
    if (rate > stairs.from) {
      stages.push({ duration: `${stairs.climbSeconds}s`, target: rate });
    }
    stages.push({ duration: `${stairs.holdSeconds}s`, target: rate });
  }
  return {
    executor: 'ramping-arrival-rate',
    startRate: stairs.from,
    timeUnit: '1s',
    stages,
    preAllocatedVUs: Math.ceil(stairs.from * HEALTHY_REPLY_SECONDS),
    maxVUs: Math.ceil(stairs.to * SLOWEST_REPLY_SECONDS),
  };
}

/**
 * The last step a stair had fully held by a moment of the run: the capacity it proved, if a
 * gate failed right after.
 * @param {Readonly<Stairs>} stairs
 * @param {number} seconds since the start of the run
 * @returns {number | null} its rate, or null when the first step was never held to the end
 */
export function lastStepHeld(stairs, seconds) {
  // Step k is held until k x hold + (k - 1) x climb seconds.
  const stepsHeld = Math.floor((seconds + stairs.climbSeconds) / (stairs.holdSeconds + stairs.climbSeconds));
  if (stepsHeld < 1) {
    return null;
  }
  return Math.min(stairs.from + (stepsHeld - 1) * stairs.step, stairs.to);
}

/**
 * A long load cut into equal consecutive phases named by the minute each starts at.
 * @param {Load} load
 * @param {number} count
 * @returns {readonly Phase[]}
 */
function slices(load, count) {
  const seconds = load.seconds / count;
  return Object.freeze(Array.from({ length: count }, (_, index) => ({
    name: `minute-${String((index * seconds) / 60).padStart(2, '0')}`,
    load: { rate: load.rate, seconds },
  })));
}
