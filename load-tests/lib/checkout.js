import http from 'k6/http';
import { check, fail } from 'k6';
import { Rate } from 'k6/metrics';

import { everyPopularSku, randomCart } from './cart.js';
import { BASE_URL } from './env.js';

/**
 * The part of a 200 reply the scripts judge (see the wire contract for the whole).
 * @typedef {object} CheckoutReply
 * @property {string} total
 * @property {'live' | 'cached'} priceSource
 * @property {string[]} degraded
 */

/** Share of checkouts the gateway answered as the contract promises, fallbacks included. */
export const answered = new Rate('checkout_answered');
/** Share of checkouts answered 200: the shopper got a priced cart, from fallbacks or not. */
export const ok = new Rate('checkout_ok');
/** Share of 200 replies in which at least one upstream was replaced by its fallback. */
export const degraded = new Rate('checkout_degraded');
/** Share of 200 replies priced from the last known good prices instead of live ones. */
export const pricedFromCache = new Rate('checkout_priced_from_cache');

// 409 is the shop saying "out of stock": a correct answer, not a failed request.
const BUSINESS_ANSWERS = http.expectedStatuses(200, 409);
const MONEY = /^\d+\.\d{2}$/;

/**
 * One checkout of a fresh random cart: post it, judge the reply, record the rates above.
 * @returns {import('k6/http').RefinedResponse<'text'>}
 */
export function checkout() {
  const res = post(randomCart(), 'POST /checkout');

  answered.add(isContractAnswer(res));
  ok.add(res.status === 200);
  if (res.status === 200) {
    judgeReply(res);
  } else {
    check(res, { 'error reply is problem+json': (r) => isProblem(r) });
  }
  return res;
}

/**
 * For setup() of a script that breaks pricing: check out every sku a shopper may draw once, so
 * the last-known-price cache holds them all before the fault, as in a shop that has been open
 * for a while. Without it, a sku first drawn after pricing broke gets a 503 that says more
 * about how long the script ran healthy than about the gateway. Stops the run unless every
 * cart is answered 200.
 */
export function warmPriceCache() {
  for (const cart of everyPopularSku()) {
    const res = post(cart, 'warm-up');
    if (res.status !== 200) {
      fail(`warming the price cache: a cart of popular skus answered ${res.status || res.error}`);
    }
  }
}

/**
 * @param {import('./cart.js').Cart} cart
 * @param {string} name the request's name tag
 * @returns {import('k6/http').RefinedResponse<'text'>}
 */
function post(cart, name) {
  return http.post(`${BASE_URL}/checkout`, JSON.stringify(cart), {
    headers: { 'Content-Type': 'application/json' },
    tags: { name },
    responseCallback: BUSINESS_ANSWERS,
  });
}

/**
 * @param {import('k6/http').RefinedResponse<'text'>} res
 */
function judgeReply(res) {
  const reply = /** @type {CheckoutReply} */ (res.json());
  const header = res.headers['X-Checkout-Degraded'] || '';

  check(reply, {
    'total is money with two decimals': (r) => MONEY.test(r.total),
    'degraded header matches the body': (r) => header === r.degraded.join(','),
  });
  degraded.add(reply.degraded.length > 0);
  pricedFromCache.add(reply.priceSource === 'cached');
}

/**
 * 200 and 409 are answers; a 503 is one too when it tells the caller when to come back.
 * @param {import('k6/http').RefinedResponse<'text'>} res
 * @returns {boolean}
 */
function isContractAnswer(res) {
  if (res.status === 200 || res.status === 409) {
    return true;
  }
  return res.status === 503 && Boolean(res.headers['Retry-After']) && isProblem(res);
}

/**
 * @param {import('k6/http').RefinedResponse<'text'>} res
 * @returns {boolean}
 */
function isProblem(res) {
  return (res.headers['Content-Type'] || '').startsWith('application/problem+json');
}
