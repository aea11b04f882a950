package dev.gateway.checkout;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;

import dev.gateway.resilience.CallerContext;
import dev.gateway.resilience.Deadline;
import dev.gateway.resilience.UnavailableReason;
import dev.gateway.resilience.UpstreamUnavailableException;
import dev.gateway.upstream.inventory.InventoryClient;
import dev.gateway.upstream.pricing.PriceQuote;
import dev.gateway.upstream.pricing.PricingClient;
import dev.gateway.upstream.profile.Customer;
import dev.gateway.upstream.profile.ProfileClient;
import io.smallrye.mutiny.Uni;

/**
 * The fan-out: starts pricing, inventory and profile at the same moment, waits for all three
 * (each bounded by the checkout's deadline) and merges them into one reply or one error.
 *
 * <p>When several things are wrong at once, the answer is the one the caller can act on first:
 * unknown skus (422), then unavailable items (409), then an unavailable inventory or pricing (503).
 */
@ApplicationScoped
public class CheckoutService {

    private final PricingClient pricing;
    private final InventoryClient inventory;
    private final ProfileClient profile;

    CheckoutService(PricingClient pricing, InventoryClient inventory, ProfileClient profile) {
        this.pricing = pricing;
        this.inventory = inventory;
        this.profile = profile;
    }

    /** Checks the cart out within the caller's deadline. */
    public Uni<CheckoutReply> checkout(Cart cart, CallerContext caller) {
        Map<String, Integer> items = cart.quantities();

        Uni<Settled<PriceQuote>> prices = Settled.of(pricing.quote(cart.currency(), items, caller));
        Uni<Settled<Set<String>>> stock = Settled.of(inventory.unavailable(items, caller));
        Uni<Customer> customer = profile.customer(cart.userId(), caller);

        return Uni.combine().all().unis(prices, stock, customer)
                .with((quote, unavailable, who) -> merge(cart, caller, quote, unavailable, who));
    }

    private static CheckoutReply merge(Cart cart, CallerContext caller, Settled<PriceQuote> quote,
            Settled<Set<String>> unavailable, Customer customer) {
        Deadline deadline = caller.deadline();
        if (quote.failed() && !(quote.failure() instanceof UpstreamUnavailableException)) {
            throw asRuntime(quote.failure());
        }
        if (!unavailable.failed() && !unavailable.value().isEmpty()) {
            throw new ItemsUnavailableException(List.copyOf(unavailable.value()));
        }
        if (unavailable.failed()) {
            throw unanswered(unavailable.failure(), deadline);
        }
        if (quote.failed()) {
            throw unanswered(quote.failure(), deadline);
        }
        return reply(cart, caller.checkoutId(), quote.value(), customer);
    }

    private static CheckoutReply reply(Cart cart, String checkoutId, PriceQuote quote, Customer customer) {
        List<CheckoutReply.Line> lines = new ArrayList<>(cart.items().size());
        BigDecimal total = BigDecimal.ZERO.setScale(2);
        for (CartItem item : cart.items()) {
            BigDecimal unit = quote.unitPrices().get(item.sku());
            BigDecimal lineTotal = unit.multiply(BigDecimal.valueOf(item.quantity()));
            total = total.add(lineTotal);
            lines.add(new CheckoutReply.Line(item.sku(), item.quantity(), money(unit), money(lineTotal), true));
        }

        List<String> degraded = new ArrayList<>(2);
        if (quote.cached()) {
            degraded.add(PricingClient.UPSTREAM);
        }
        if (customer.fallback()) {
            degraded.add(ProfileClient.UPSTREAM);
        }
        return new CheckoutReply(checkoutId, cart.userId(), cart.currency(), lines, money(total),
                quote.cached() ? "cached" : "live", view(customer), List.copyOf(degraded));
    }

    private static CheckoutReply.CustomerView view(Customer customer) {
        return new CheckoutReply.CustomerView(customer.userId(), customer.name(), customer.tier());
    }

    private static RuntimeException unanswered(Throwable failure, Deadline deadline) {
        if (failure instanceof UpstreamUnavailableException unavailable && deadline.setByCaller()
                && (unavailable.reason() == UnavailableReason.DEADLINE || deadline.expired())) {
            return new DeadlineExceededException(
                    unavailable.upstream() + " could not answer within the caller's budget");
        }
        return asRuntime(failure);
    }

    private static RuntimeException asRuntime(Throwable failure) {
        return failure instanceof RuntimeException runtime ? runtime : new IllegalStateException(failure);
    }

    private static String money(BigDecimal amount) {
        return amount.setScale(2).toPlainString();
    }
}
