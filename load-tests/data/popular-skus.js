import { CATALOG, isStocked, skuAt } from './catalog.js';

/**
 * @typedef {object} PopularSku
 * @property {string} sku
 * @property {number} cumulative share of all demand drawn by this sku and every more popular one
 */

/** Spreads popularity over the catalog; any number sharing no factor with skuCount works. */
const STRIDE = 7919;

/**
 * The catalog's most popular skus in stock, most popular first. Demand follows a Zipf law: the
 * sku of rank r draws in proportion to 1 / r^exponent, so a few hundred skus make most carts,
 * as in a real shop, which is what gives the gateway's last-known-price cache something to hold.
 *
 * Deterministic, so every run shops the same list: the catalog is walked in the order
 * (k * STRIDE) mod skuCount, a one-to-one map because the two share no factor, so popular skus
 * land all over the catalog instead of crowding its start. Skus the simulator holds none of
 * are passed over: a shop does not keep selling what it has run out of, and a healthy run
 * should read as 200s, not as a wall of 409s from its best sellers.
 *
 * @param {number} size how many skus to keep, 1 to the number in stock; the long tail past it is cut
 * @param {number} exponent skew, above 0; around 1 is typical of retail demand
 * @returns {PopularSku[]}
 */
export function popularSkus(size, exponent) {
  const stocked = stockedCount();
  if (!(Number.isInteger(size) && size >= 1 && size <= stocked) || !(exponent > 0)) {
    throw new Error(`popularSkus: size ${size} must be whole, 1 to ${stocked}; exponent ${exponent} above 0`);
  }
  if (greatestCommonDivisor(STRIDE, CATALOG.skuCount) !== 1) {
    throw new Error(`popularSkus: stride ${STRIDE} shares a factor with the catalog size ${CATALOG.skuCount}`);
  }

  const weights = Array.from({ length: size }, (_, rank) => 1 / Math.pow(rank + 1, exponent));
  const total = weights.reduce((sum, weight) => sum + weight, 0);
  const skus = stockedInPopularityOrder(size);

  let running = 0;
  return weights.map((weight, rank) => {
    running += weight / total;
    return { sku: skus[rank], cumulative: running };
  });
}

/**
 * @param {number} size
 * @returns {string[]}
 */
function stockedInPopularityOrder(size) {
  const skus = [];
  for (let k = 0; skus.length < size; k++) {
    const index = (k * STRIDE) % CATALOG.skuCount;
    if (isStocked(index)) {
      skus.push(skuAt(index));
    }
  }
  return skus;
}

/** @returns {number} */
function stockedCount() {
  return CATALOG.skuCount - Math.ceil(CATALOG.skuCount / CATALOG.outOfStockEvery);
}

/**
 * @param {number} a
 * @param {number} b
 * @returns {number}
 */
function greatestCommonDivisor(a, b) {
  return b === 0 ? a : greatestCommonDivisor(b, a % b);
}
