import { CATALOG, skuAt } from './catalog.js';

/**
 * @typedef {object} PopularSku
 * @property {string} sku
 * @property {number} cumulative share of all demand drawn by this sku and every more popular one
 */

/** Spreads popularity over the catalog; any number sharing no factor with skuCount works. */
const STRIDE = 7919;

/**
 * The catalog's most popular skus, most popular first. Demand follows a Zipf law: the sku of
 * rank r draws in proportion to 1 / r^exponent, so a few hundred skus make most carts, as in
 * a real shop, which is what gives the gateway's last-known-price cache something to hold.
 *
 * Deterministic, so every run shops the same list: rank r is catalog index
 * (r * STRIDE) mod skuCount, a one-to-one map because the two share no factor; popular skus
 * land all over the catalog instead of crowding its start.
 *
 * @param {number} size how many skus to keep, 1 to skuCount; the long tail past it is cut
 * @param {number} exponent skew, above 0; around 1 is typical of retail demand
 * @returns {PopularSku[]}
 */
export function popularSkus(size, exponent) {
  if (!(size >= 1 && size <= CATALOG.skuCount) || !(exponent > 0)) {
    throw new Error(`popularSkus: size ${size} must be 1 to ${CATALOG.skuCount}, exponent ${exponent} above 0`);
  }
  if (greatestCommonDivisor(STRIDE, CATALOG.skuCount) !== 1) {
    throw new Error(`popularSkus: stride ${STRIDE} shares a factor with the catalog size ${CATALOG.skuCount}`);
  }

  const weights = Array.from({ length: size }, (_, rank) => 1 / Math.pow(rank + 1, exponent));
  const total = weights.reduce((sum, weight) => sum + weight, 0);

  let running = 0;
  return weights.map((weight, rank) => {
    running += weight / total;
    return { sku: skuAt((rank * STRIDE) % CATALOG.skuCount), cumulative: running };
  });
}

/**
 * @param {number} a
 * @param {number} b
 * @returns {number}
 */
function greatestCommonDivisor(a, b) {
  return b === 0 ? a : greatestCommonDivisor(b, a % b);
}
