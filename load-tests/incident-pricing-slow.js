// Incident: pricing turns slow under healthy load, then heals. Replays the outage the
// gateway exists for: a slow dependency must cost a degraded reply, never the checkout.
// Phases, faults and gates come from scenarios/incident-pricing-slow.json, which the
// project's Java drill reads too; this file only turns them into k6 terms.
//
//   baseline   healthy traffic; prices are live
//   incident   pricing answers slowly; checkouts stay fast, priced from the cache
//   recovery   pricing is healthy again; once the breaker closes, prices are live again
//
//   k6 run load-tests/incident-pricing-slow.js               # gateway in dev mode on this machine
//   BASE_URL=... MANAGEMENT_URL=... PRICING_ADMIN_URL=http://host:8091/sim \
//     k6 run load-tests/incident-pricing-slow.js
import { check } from 'k6';

import { checkout, warmPriceCache } from './lib/checkout.js';
import { requireReadyGateway } from './lib/health.js';
import {
  PHASE_VARIABLE, controlIterations, incidentScenarios, incidentThresholds, readIncident, upstreamsTouched,
} from './lib/incident.js';
import { SIMULATORS, applyFaults } from './lib/simulator.js';
import { summaryWriter } from './lib/summary.js';
import { callsSoFar, judgeCallsPerCheckout } from './lib/upstream-calls.js';

// open() resolves against this file, wherever k6 is started from; a bad file stops k6 here.
const SCENARIO_FILE = 'scenarios/incident-pricing-slow.json';
const INCIDENT = readIncident(open(`./${SCENARIO_FILE}`), SCENARIO_FILE);

/** @type {import('k6/options').Options} */
export const options = {
  scenarios: incidentScenarios(INCIDENT),
  thresholds: incidentThresholds(INCIDENT),
};

const TOUCHED = upstreamsTouched(INCIDENT);

/**
 * @typedef {object} SetupData
 * @property {number | null} pricingCallsBefore
 */

/** @returns {SetupData} */
export function setup() {
  requireReadyGateway();
  for (const upstream of TOUCHED) {
    SIMULATORS[upstream].requireReachable();
    SIMULATORS[upstream].reset();
  }
  warmPriceCache();
  return { pricingCallsBefore: callsSoFar('pricing') };
}

export default function () {
  checkout();
}

/** Run by each phase's control scenario as the phase starts; its checks are tagged `phase: control`. */
export function applyPhaseFaults() {
  const phase = INCIDENT.phases.find(({ name }) => name === __ENV[PHASE_VARIABLE]);
  const known = check(phase, { 'control scenario names a phase of the incident': (p) => p !== undefined });
  if (known && phase) {
    applyFaults(phase.faults);
  }
}

// Heals first: a run cut short must not leave a fault in force for whoever uses dev mode next.
/** @param {SetupData} data */
export function teardown(data) {
  for (const upstream of TOUCHED) {
    SIMULATORS[upstream].reset();
  }
  judgeCallsPerCheckout('pricing', data.pricingCallsBefore, INCIDENT.run.pricingCallsPerCheckoutMax,
    controlIterations(INCIDENT));
}

export const handleSummary = summaryWriter('incident-pricing-slow');
