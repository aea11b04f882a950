// Average load: a shop's typical traffic, held for minutes. The reference run: what a healthy
// gateway costs in latency at ordinary load, and proof that it stays healthy while pools,
// caches and the JIT settle. Compare its summary against the other workloads'.
//
//   k6 run load-tests/average-load.js                         # gateway on :8080, management on :9000
//   BASE_URL=... MANAGEMENT_URL=... k6 run load-tests/average-load.js
import { checkout } from './lib/checkout.js';
import { requireReadyGateway } from './lib/health.js';
import { AVERAGE, inSequence } from './lib/stages.js';
import { summaryWriter } from './lib/summary.js';
import { HEALTHY, gates, onPhase } from './lib/thresholds.js';

/** @type {import('k6/options').Options} */
export const options = {
  scenarios: inSequence([{ name: 'average', load: AVERAGE }]),
  thresholds: gates({
    ...onPhase('average', HEALTHY),
    'checks{phase:average}': ['rate>0.99'],
    dropped_iterations: ['count<=10'],
  }),
};

export function setup() {
  requireReadyGateway();
}

export default function () {
  checkout();
}

export const handleSummary = summaryWriter('average-load');
