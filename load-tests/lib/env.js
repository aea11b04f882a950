/**
 * Where the scripts send traffic. Every address comes from the environment, with the
 * defaults of `mvn quarkus:dev` on this machine, so a script runs as is next to dev mode.
 */

/** The gateway's base URL, without a trailing slash. */
export const BASE_URL = fromEnv('BASE_URL', 'http://localhost:8080');

/** The pricing simulator's admin API (faults and stats), without a trailing slash. */
export const PRICING_ADMIN_URL = fromEnv('PRICING_ADMIN_URL', 'http://localhost:8091/sim');

/** Folder that handleSummary writes its JSON summary into. */
export const SUMMARY_DIR = fromEnv('SUMMARY_DIR', '.');

/**
 * @param {string} name
 * @param {string} fallback
 * @returns {string}
 */
function fromEnv(name, fallback) {
  return (__ENV[name] || fallback).replace(/\/+$/, '');
}
