import http from 'k6/http';
import { check, fail } from 'k6';

/**
 * What a simulated upstream does wrong, as its admin API takes it; every field is optional.
 * @typedef {object} Faults
 * @property {string} [latency] added to every answer, with its unit: "2800ms"
 * @property {number} [errorRate] share of calls answered with errorStatus, 0 to 1
 * @property {number} [errorStatus] HTTP status of those answers
 * @property {boolean} [hang] accept calls and never answer
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
  };
}
