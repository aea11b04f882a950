/**
 * Where the scripts send traffic. Every address comes from the environment, with the
 * defaults of a gateway started in dev mode on this machine (`mvn quarkus:dev`, or the
 * packaged jar with `-Dquarkus.profile=dev`), so a script runs as is next to it.
 *
 * @typedef {'pricing' | 'inventory' | 'profile'} Upstream
 */

/** The gateway's public base URL, without a trailing slash. It serves only /checkout. */
export const BASE_URL = fromEnv('BASE_URL', 'http://localhost:8080');

/** The gateway's management interface (health, metrics), without a trailing slash. */
export const MANAGEMENT_URL = fromEnv('MANAGEMENT_URL', 'http://localhost:9000');

/** The upstreams, by the one name each goes by in config, metrics and the scenario files. */
/** @type {readonly Upstream[]} */
export const UPSTREAMS = Object.freeze(['pricing', 'inventory', 'profile']);

/**
 * Each simulated upstream's admin API (faults and stats), without a trailing slash. Only a
 * gateway in dev mode runs the simulators; the incident scripts need them.
 * @type {Readonly<Record<Upstream, string>>}
 */
export const ADMIN_URLS = Object.freeze({
  pricing: fromEnv('PRICING_ADMIN_URL', 'http://localhost:8091/sim'),
  inventory: fromEnv('INVENTORY_ADMIN_URL', 'http://localhost:8092/sim'),
  profile: fromEnv('PROFILE_ADMIN_URL', 'http://localhost:8093/sim'),
});

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
