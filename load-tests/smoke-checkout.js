// Smoke: a trickle of checkouts against a healthy gateway. Proves the path end to end
// (cart in, priced reply out) before anyone spends minutes on a real load test.
//
//   k6 run load-tests/smoke-checkout.js                       # gateway on :8080, management on :9000
//   BASE_URL=http://gateway.example:8080 MANAGEMENT_URL=http://gateway.example:9000 \
//     k6 run load-tests/smoke-checkout.js
import { checkout } from './lib/checkout.js';
import { requireReadyGateway } from './lib/health.js';
import { SMOKE, steady } from './lib/stages.js';
import { summaryWriter } from './lib/summary.js';
import { gates } from './lib/thresholds.js';

/** @type {import('k6/options').Options} */
export const options = {
  scenarios: {
    smoke: steady(SMOKE),
  },
  thresholds: gates({
    checkout_answered: ['rate>0.99'],
    checkout_degraded: ['rate<0.01'],
    checks: ['rate>0.99'],
    'http_req_failed{name:POST /checkout}': ['rate<0.01'],
    'http_req_duration{name:POST /checkout}': ['p(95)<300'],
    // A smoke that has to drop arrivals is not a smoke: the gateway is already saturated.
    dropped_iterations: ['count==0'],
  }),
};

export function setup() {
  requireReadyGateway();
}

export default function () {
  checkout();
}

export const handleSummary = summaryWriter('smoke-checkout');
