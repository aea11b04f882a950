/**
 * What the simulated upstreams of dev mode know: the catalog a cart may draw from and the
 * users who may shop. A sku outside the catalog is a 422; a user outside the list a guest;
 * a sku the simulator holds none of is a 409. Follow the simulator when it changes, or carts
 * stop meaning what the scripts assume.
 */
export const CATALOG = Object.freeze({
  skuCount: 40000,
  userCount: 10000,
  // The simulator keeps none on hand of every sku whose number is a multiple of this.
  outOfStockEvery: 101,
});

/**
 * The sku at a zero-based catalog index, in the catalog's spelling.
 * @param {number} index 0 to skuCount - 1
 * @returns {string}
 */
export function skuAt(index) {
  return `SKU-${String(index).padStart(6, '0')}`;
}

/**
 * Whether the simulator has any of the sku at this index on hand. Stock of the others runs
 * from one unit to a few hundred, so a cart of small quantities is nearly always served.
 * @param {number} index 0 to skuCount - 1
 * @returns {boolean}
 */
export function isStocked(index) {
  return index % CATALOG.outOfStockEvery !== 0;
}

/**
 * The user at a zero-based index.
 * @param {number} index 0 to userCount - 1
 * @returns {string}
 */
export function userAt(index) {
  return `u-${index}`;
}
