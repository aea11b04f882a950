// Spike: typical traffic, a sudden jump to several times as much, then typical traffic again.
// During the jump the gateway may shed load, but every checkout must get a contract answer
// (a 503 with Retry-After counts) within the gateway's budget; afterwards it must be as
// healthy as before on its own, without a restart.
//
//   k6 run load-tests/spike-checkout.js                       # gateway on :8080, management on :9000
//   BASE_URL=... MANAGEMENT_URL=... k6 run load-tests/spike-checkout.js
import { checkout } from './lib/checkout.js';
import { requireReadyGateway } from './lib/health.js';
import { SPIKE_ACTS, inSequence } from './lib/stages.js';
import { summaryWriter } from './lib/summary.js';
import { HEALTHY, gates, onPhase } from './lib/thresholds.js';

/** @type {import('k6/options').Options} */
export const options = {
  scenarios: inSequence(SPIKE_ACTS),
  thresholds: gates({
    ...onPhase('before', HEALTHY),
    // The whole-checkout budget plus room for the network: nobody waits past it, shed or not.
    'http_req_duration{phase:spike}': ['p(99)<1600'],
    'checkout_answered{phase:spike}': ['rate>=0.99'],
    ...onPhase('after', HEALTHY),
    dropped_iterations: ['count<=10'],
  }),
};

export function setup() {
  requireReadyGateway();
}

export default function () {
  checkout();
}

export const handleSummary = summaryWriter('spike-checkout');
