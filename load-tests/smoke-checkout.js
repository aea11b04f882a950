// Smoke: a trickle of checkouts against a healthy gateway. Proves the path end to end
// (cart in, priced reply out) before anyone spends minutes on a real load test.
//
//   k6 run load-tests/smoke-checkout.js                       # gateway in dev mode on :8080
//   BASE_URL=http://gateway.example:8080 k6 run load-tests/smoke-checkout.js
import { checkout } from './lib/checkout.js';
import { BASE_URL } from './lib/env.js';
import { requireReadyGateway } from './lib/health.js';
import { SMOKE, steady } from './lib/stages.js';
import { summaryWriter } from './lib/summary.js';

/** @type {import('k6/options').Options} */
export const options = {
  scenarios: {
    smoke: steady(SMOKE),
  },
  thresholds: {
    checkout_answered: ['rate>0.99'],
    checkout_degraded: ['rate<0.01'],
    checks: ['rate>0.99'],
    'http_req_failed{name:POST /checkout}': ['rate<0.01'],
    'http_req_duration{name:POST /checkout}': ['p(95)<300'],
    // A smoke that has to drop arrivals is not a smoke: the gateway is already saturated.
    dropped_iterations: ['count==0'],
  },
};

export function setup() {
  requireReadyGateway(BASE_URL);
}

export default function () {
  checkout();
}

export const handleSummary = summaryWriter('smoke-checkout');
