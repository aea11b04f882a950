// Stress: arrivals climb a stair from typical traffic until the gateway breaks. Every gate
// aborts the run as soon as it fails, so the run ends near the breaking point and the summary
// names the last step the gateway fully held: its capacity on this machine.
//
// k6 judges a gate over the whole run so far, so a failure shows a little after the step that
// caused it; the step reported is the last one completed before the abort.
//
//   k6 run load-tests/stress-checkout.js                      # gateway on :8080, management on :9000
//   BASE_URL=... MANAGEMENT_URL=... k6 run load-tests/stress-checkout.js
import { checkout } from './lib/checkout.js';
import { requireReadyGateway } from './lib/health.js';
import { STRESS_STAIRS, lastStepHeld, stair } from './lib/stages.js';
import { summaryWriter } from './lib/summary.js';
import { aborting, gates } from './lib/thresholds.js';

// Long enough that the first step's cold start cannot end the climb before it begins.
const ABORT_AFTER = '30s';

/** @type {import('k6/options').Options} */
export const options = {
  scenarios: {
    stress: stair(STRESS_STAIRS),
  },
  thresholds: gates({
    'http_req_duration{name:POST /checkout}': [aborting('p(95)<500', ABORT_AFTER)],
    checkout_ok: [aborting('rate>=0.99', ABORT_AFTER)],
    // Arrivals k6 could not start: replies so slow that every VU allowed is waiting on one.
    dropped_iterations: [aborting('count<=100', ABORT_AFTER)],
  }),
};

export function setup() {
  requireReadyGateway();
}

export default function () {
  checkout();
}

export const handleSummary = summaryWriter('stress-checkout', (data) => {
  const seconds = Math.round(data.state.testRunDurationMs / 1000);
  const held = lastStepHeld(STRESS_STAIRS, seconds);
  const step = held === null ? 'none' : `${held}/s`;
  const { from, to } = STRESS_STAIRS;
  return [`ran ${seconds}s of a stair from ${from} to ${to}/s; last step fully held: ${step}`];
});
