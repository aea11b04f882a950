import http from 'k6/http';
import { check, fail } from 'k6';

import { ADMIN_URLS } from './env.js';

/**
 * What a simulated upstream does wrong, as its admin API takes it; every field is optional
 * and one left out takes its healthy value.
 * @typedef {object} Faults
 * @property {string} [latency] replaces every answer's service time, with its unit: "2800ms"
 * @property {number} [errorRate] share of calls answered with errorStatus, 0 to 1
 * @property {number} [errorStatus] HTTP status of those answers, 400 to 599
 * @property {boolean} [hang] accept calls and never answer
 *
 * @typedef {import('./env.js').Upstream} Upstream
 *
 * Faults per upstream: an object injects them, null heals the upstream, a missing entry
 * leaves it as it is.
 * @typedef {Partial<Record<Upstream, Faults | null>>} FaultPlan
 */

/**
 * The admin API of one simulated upstream (dev mode only).
 * @param {string} adminUrl e.g. http://localhost:8091/sim
 */
export function simulator(adminUrl) {
  const params = { headers: { 'Content-Type': 'application/json' }, tags: { name: 'simulator admin' } };

  return {
    /** For setup(): stop the run when the admin API cannot be reached; the incident would never start. */
    requireReachable() {
      const res = http.get(`${adminUrl}/stats`, params);
      if (res.status !== 200) {
        fail(`simulator admin API at ${adminUrl} answered ${res.status || res.error}; is the gateway in dev mode?`);
      }
    },

    /** @param {Faults} faults */
    inject(faults) {
      const res = http.put(`${adminUrl}/faults`, JSON.stringify(faults), params);
      check(res, { 'simulator took the faults': (r) => r.status >= 200 && r.status < 300 });
    },

    reset() {
      const res = http.del(`${adminUrl}/faults`, null, params);
      check(res, { 'simulator reset its faults': (r) => r.status >= 200 && r.status < 300 });
    },

    /**
     * Calls the upstream has received since its counters were last zeroed; admin calls do not count.
     * @returns {number | null} null when the counters cannot be read
     */
    received() {
      const res = http.get(`${adminUrl}/stats`, params);
      if (res.status !== 200) {
        return null;
      }
      const { received } = /** @type {{ received?: unknown }} */ (res.json());
      return typeof received === 'number' ? received : null;
    },
  };
}

/** Every simulated upstream's admin API, at the addresses of lib/env.js. */
export const SIMULATORS = Object.freeze({
  pricing: simulator(ADMIN_URLS.pricing),
  inventory: simulator(ADMIN_URLS.inventory),
  profile: simulator(ADMIN_URLS.profile),
});

/**
 * Puts a fault plan into force: PUT /faults for each object, DELETE /faults for each null.
 * @param {FaultPlan} plan
 */
export function applyFaults(plan) {
  for (const [upstream, faults] of Object.entries(plan)) {
    const admin = SIMULATORS[/** @type {Upstream} */ (upstream)];
    if (faults === null) {
      admin.reset();
    } else if (faults !== undefined) {
      admin.inject(faults);
    }
  }
}
