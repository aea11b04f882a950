import http from 'k6/http';
import { fail } from 'k6';

/**
 * For setup(): stop the run before any load when the gateway is not ready, so a dead or
 * half-started gateway reads as "not ready", never as a wall of failed thresholds.
 * @param {string} baseUrl
 */
export function requireReadyGateway(baseUrl) {
  const res = http.get(`${baseUrl}/q/health/ready`, { tags: { name: 'readiness' }, timeout: '5s' });
  if (res.status !== 200) {
    fail(`gateway at ${baseUrl} is not ready: GET /q/health/ready answered ${res.status || res.error}`);
  }
}
