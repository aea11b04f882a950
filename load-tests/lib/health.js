import http from 'k6/http';
import { fail } from 'k6';

import { BASE_URL, MANAGEMENT_URL } from './env.js';

/**
 * For setup(): stop the run before any load unless the gateway is ready and BASE_URL really
 * is its public port, so a dead, half-started or mistyped gateway reads as exactly that,
 * never as a wall of failed thresholds.
 *
 * Readiness lives on the management port; the public port serves only /checkout. There a
 * cart without a user must come back as a 400 problem, which proves the address without
 * costing a single upstream call.
 */
export function requireReadyGateway() {
  const ready = http.get(`${MANAGEMENT_URL}/q/health/ready`, { tags: { name: 'readiness' }, timeout: '5s' });
  if (ready.status !== 200) {
    fail(`gateway is not ready: GET ${MANAGEMENT_URL}/q/health/ready answered ${ready.status || ready.error}`);
  }

  const probe = http.post(`${BASE_URL}/checkout`, '{}', {
    headers: { 'Content-Type': 'application/json' },
    tags: { name: 'probe' },
    timeout: '5s',
    responseCallback: http.expectedStatuses(400),
  });
  if (probe.status !== 400 || !(probe.headers['Content-Type'] || '').startsWith('application/problem+json')) {
    fail(`${BASE_URL} is not the gateway's public port: an empty cart answered ${probe.status || probe.error}`);
  }
}
