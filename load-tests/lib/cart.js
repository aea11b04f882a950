import { CATALOG, userAt } from '../data/catalog.js';
import { popularSkus } from '../data/popular-skus.js';

/**
 * @typedef {object} CartItem
 * @property {string} sku
 * @property {number} quantity
 *
 * @typedef {object} Cart
 * @property {string} userId
 * @property {string} currency
 * @property {CartItem[]} items
 */

/** Carts hold 1 to this many distinct skus. */
const MOST_ITEMS = 4;
/** Each line orders 1 to this many units. */
const MOST_UNITS = 3;
/** The wire contract's limit on lines per cart. */
const MOST_LINES = 100;

// Built once per VU in the init context: a few thousand numbers, cheaper than a SharedArray lookup.
const POPULAR = popularSkus(Number(__ENV.POPULAR_SKUS || 2000), Number(__ENV.ZIPF_EXPONENT || 1.1));

/**
 * A cart as a shopper would fill it: a random known user, skus drawn by popularity, each
 * once, in small quantities. Every cart is valid by the wire contract.
 * @returns {Cart}
 */
export function randomCart() {
  const skus = new Set();
  // The product of two draws leans towards small carts, as real ones do.
  const wanted = Math.min(1 + Math.floor(Math.random() * Math.random() * MOST_ITEMS), POPULAR.length);
  while (skus.size < wanted) {
    skus.add(popularSku());
  }

  return {
    userId: randomUser(),
    currency: 'USD',
    items: [...skus].map((sku) => ({ sku, quantity: 1 + Math.floor(Math.random() * MOST_UNITS) })),
  };
}

/**
 * Carts that between them hold every sku a shopper may draw, one unit each, as few carts as the
 * contract allows. Checked out once, they leave a live price of every such sku in the gateway's
 * last-known-price cache, as a shop that has been open for a while has.
 * @returns {Cart[]}
 */
export function everyPopularSku() {
  const carts = [];
  for (let first = 0; first < POPULAR.length; first += MOST_LINES) {
    carts.push({
      userId: randomUser(),
      currency: 'USD',
      items: POPULAR.slice(first, first + MOST_LINES).map(({ sku }) => ({ sku, quantity: 1 })),
    });
  }
  return carts;
}

/** @returns {string} */
function randomUser() {
  return userAt(Math.floor(Math.random() * CATALOG.userCount));
}

/**
 * One sku drawn by popularity: the first whose cumulative share reaches a uniform draw.
 * @returns {string}
 */
function popularSku() {
  const draw = Math.random();
  let low = 0;
  let high = POPULAR.length - 1;
  while (low < high) {
    const middle = (low + high) >> 1;
    if (POPULAR[middle].cumulative < draw) {
      low = middle + 1;
    } else {
      high = middle;
    }
  }
  return POPULAR[low].sku;
}
