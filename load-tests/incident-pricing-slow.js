// Incident: pricing turns slow under healthy load, then heals. Replays the outage the
// gateway exists for: a slow dependency must cost a degraded reply, never the checkout.
//
//   baseline   healthy traffic; prices are live and the last-known-price cache fills
//   incident   pricing answers after 2800ms; checkouts stay fast, priced from the cache
//   recovery   pricing is healthy again; once the breaker closes, prices are live again
//
//   k6 run load-tests/incident-pricing-slow.js               # gateway in dev mode
//   BASE_URL=... PRICING_ADMIN_URL=http://host:8091/sim k6 run load-tests/incident-pricing-slow.js
import { checkout } from './lib/checkout.js';
import { BASE_URL, PRICING_ADMIN_URL } from './lib/env.js';
import { requireReadyGateway } from './lib/health.js';
import { simulator } from './lib/simulator.js';
import { INCIDENT_ACTS, inSequence, onceAt, startOf } from './lib/stages.js';
import { summaryWriter } from './lib/summary.js';

/** @type {import('k6/options').Options} */
export const options = {
  scenarios: {
    ...inSequence(INCIDENT_ACTS),
    pricing_turns_slow: onceAt(startOf(INCIDENT_ACTS, 'incident'), 'slowPricingDown'),
    pricing_heals: onceAt(startOf(INCIDENT_ACTS, 'recovery'), 'healPricing'),
  },
  thresholds: {
    // Healthy: fast, live prices, nothing degraded.
    'http_req_duration{phase:baseline}': ['p(95)<300'],
    'http_req_failed{phase:baseline}': ['rate<0.01'],
    'checkout_priced_from_cache{phase:baseline}': ['rate<0.01'],

    // Pricing slow: the gateway's own latency SLO still holds and nearly every checkout is
    // answered; the cache share proves the fault really landed (a quiet simulator passes nothing).
    'http_req_duration{phase:incident}': ['p(95)<500'],
    'checkout_answered{phase:incident}': ['rate>0.99'],
    'checkout_priced_from_cache{phase:incident}': ['rate>0.9'],

    // Healed: back to live prices once the breaker has let its probes through.
    'http_req_duration{phase:recovery}': ['p(95)<300'],
    'http_req_failed{phase:recovery}': ['rate<0.01'],
    'checkout_priced_from_cache{phase:recovery}': ['rate<0.2'],

    'checks{phase:control}': ['rate==1'],
    dropped_iterations: ['count<10'],
  },
};

const pricing = simulator(PRICING_ADMIN_URL);

export function setup() {
  requireReadyGateway(BASE_URL);
  pricing.requireReachable();
  pricing.reset();
}

export default function () {
  checkout();
}

export function slowPricingDown() {
  pricing.inject({ latency: '2800ms' });
}

export function healPricing() {
  pricing.reset();
}

// A run cut short must not leave pricing slow for whoever uses dev mode next.
export function teardown() {
  pricing.reset();
}

export const handleSummary = summaryWriter('incident-pricing-slow');
