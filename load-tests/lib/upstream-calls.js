import exec from 'k6/execution';
import { check } from 'k6';
import { Gauge } from 'k6/metrics';

import { SIMULATORS } from './simulator.js';

/**
 * Calls an upstream received per checkout sent over the whole run, tagged by upstream. It is
 * how much a resilience policy amplifies the load on a struggling dependency (retries are the
 * usual culprit); k6 cannot see it in the gateway's replies, so it is read from the
 * simulator's own counter, before the run and after.
 */
export const callsPerCheckout = new Gauge('upstream_calls_per_checkout');

/** Tags of the control actions, which the scripts gate with `checks{phase:control}`. */
const CONTROL = { phase: 'control' };

/**
 * For setup(): the upstream's call counter before any load, to hand to teardown() as setup data.
 * @param {import('./env.js').Upstream} upstream
 * @returns {number | null} null when the counter cannot be read; judgeCallsPerCheckout then fails
 */
export function callsSoFar(upstream) {
  return SIMULATORS[upstream].received();
}

/**
 * For teardown(): divides the calls the upstream received during the run by the checkouts
 * sent, records the figure (the summary shows it) and judges it with checks tagged
 * `phase: control`, so that `checks{phase:control}: ['rate==1']` fails the run when the figure
 * is over the limit or could not be measured at all.
 *
 * Checkouts sent are the iterations k6 started, completed or interrupted, less those of the
 * control scenarios, which send none. A dropped arrival sent nothing and is not counted; an
 * interrupted one is, whether or not its request left, which can only flatter the figure by
 * the few iterations cut off at the very end. Calls by anyone else to the same simulator
 * during the run count against the gateway: run the incident alone.
 *
 * @param {import('./env.js').Upstream} upstream
 * @param {number | null} before the counter as callsSoFar() read it in setup()
 * @param {number} limit most calls per checkout allowed
 * @param {number} controlIterations iterations of the control scenarios
 */
export function judgeCallsPerCheckout(upstream, before, limit, controlIterations) {
  const after = SIMULATORS[upstream].received();
  const { iterationsCompleted, iterationsInterrupted } = exec.instance;
  const checkouts = iterationsCompleted + iterationsInterrupted - controlIterations;
  const measured = before !== null && after !== null && checkouts > 0;
  const perCheckout = measured ? (after - before) / checkouts : NaN;

  if (measured) {
    callsPerCheckout.add(perCheckout, { ...CONTROL, upstream });
  }
  check(perCheckout, {
    [`${upstream} call counter read before and after the run`]: () => measured,
    [`${upstream} calls per checkout within limit`]: (n) => n <= limit,
  }, CONTROL);
}
