// Soak: typical traffic for an hour. Leaks, filling queues, growing caches and pools that
// never give back show only with time, as a late slice slower or less healthy than an early
// one. Each ten-minute slice is judged on its own against the same healthy gates, so a bad
// last ten minutes cannot hide in an hour's average.
//
//   k6 run load-tests/soak-checkout.js                        # gateway on :8080, management on :9000
//   BASE_URL=... MANAGEMENT_URL=... k6 run load-tests/soak-checkout.js
import { checkout } from './lib/checkout.js';
import { requireReadyGateway } from './lib/health.js';
import { SOAK_SLICES, inSequence } from './lib/stages.js';
import { summaryWriter } from './lib/summary.js';
import { HEALTHY, gates, onEachPhase } from './lib/thresholds.js';

/** @type {import('k6/options').Options} */
export const options = {
  scenarios: inSequence(SOAK_SLICES),
  thresholds: gates({
    ...onEachPhase(SOAK_SLICES, {
      ...HEALTHY,
      // Errors, not 409s: a slow leak often shows as timeouts and 5xx before it shows as latency.
      http_req_failed: ['rate<0.001'],
    }),
    dropped_iterations: ['count<=10'],
  }),
};

export function setup() {
  requireReadyGateway();
}

export default function () {
  checkout();
}

export const handleSummary = summaryWriter('soak-checkout');
