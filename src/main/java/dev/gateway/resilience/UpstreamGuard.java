package dev.gateway.resilience;

import java.time.Duration;
import java.time.temporal.ChronoUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;

import org.eclipse.microprofile.faulttolerance.exceptions.BulkheadException;
import org.eclipse.microprofile.faulttolerance.exceptions.CircuitBreakerOpenException;
import org.jboss.logging.Logger;

import io.micrometer.core.instrument.MeterRegistry;
import io.smallrye.faulttolerance.api.CircuitBreakerMaintenance;
import io.smallrye.faulttolerance.api.CircuitBreakerState;
import io.smallrye.faulttolerance.api.Guard;
import io.smallrye.mutiny.Uni;
import io.vertx.core.Context;
import io.vertx.core.Vertx;

/**
 * The guarded call to one upstream. From the outside in:
 *
 * <pre>
 *   deadline (the checkout's budget; a call still waiting for a slot is abandoned)
 *     retry (SmallRye; exponential backoff with jitter, only when the retry budget allows)
 *       circuit breaker (SmallRye; fed by failures and timeouts, never by 4xx answers)
 *         bulkhead (SmallRye; limit plus a minimal queue)
 *           per-attempt timeout (ours: cancels the request, see {@link Timeouts})
 *             the REST call
 * </pre>
 *
 * Everything runs on the caller's Vert.x event loop; nothing waits on a thread.
 */
public final class UpstreamGuard {

    private static final Logger LOG = Logger.getLogger(UpstreamGuard.class);

    private final String upstream;
    private final UpstreamPolicy policy;
    private final Vertx vertx;
    private final RetryBudget budget;
    private final Guard guard;
    private final AtomicInteger bulkheadTaken = new AtomicInteger();
    private final InFlightCalls inFlight = new InFlightCalls(System::nanoTime);
    private final BreakerLog breakerLog;
    private final UpstreamMetrics metrics;

    UpstreamGuard(String upstream, UpstreamPolicy policy, Vertx vertx, MeterRegistry registry) {
        this.upstream = upstream;
        this.policy = policy;
        this.vertx = vertx;
        this.budget = new RetryBudget(policy.retry().budgetRatio(), policy.retry().budgetBurst());
        this.breakerLog = new BreakerLog(upstream, policy.breaker());
        this.metrics = new UpstreamMetrics(upstream, registry);
        this.guard = buildGuard();
        metrics.watch(this::breakerState, bulkheadTaken::get, inFlight::count, budget::available);
    }

    /**
     * Calls the upstream under its policy.
     *
     * @param caller the checkout the call is for; no attempt outlives its deadline
     * @param request one attempt, given the time it may take (to forward as the upstream's budget)
     * @return the answer, or a failure: a {@link BusinessAnswer} as the upstream gave it, or an
     *         {@link UpstreamUnavailableException} saying why there is no answer
     */
    public <T> Uni<T> call(CallerContext caller, Function<Duration, Uni<T>> request) {
        return Uni.createFrom().deferred(() -> {
            budget.recordCall();
            long started = System.nanoTime();
            AtomicBoolean abandoned = new AtomicBoolean();
            AtomicInteger attempts = new AtomicInteger();
            Uni<T> guarded = guarded(() -> attempt(caller, abandoned, attempts, request));

            return Timeouts.within(vertx, caller.deadline().remaining(), () -> unavailable(UnavailableReason.DEADLINE,
                    "checkout budget spent"), onCallersContext(guarded))
                    .onFailure().transform(this::classify)
                    .onItemOrFailure()
                    .invoke((item, failure) -> metrics.call(outcome(failure), System.nanoTime() - started))
                    .onTermination().invoke(() -> abandoned.set(true));
        });
    }

    /** Counts an answer of this upstream replaced by a fallback. */
    public void fellBack() {
        metrics.fallback();
    }

    /** The attempts on the wire now. */
    public InFlightCalls inFlight() {
        return inFlight;
    }

    /** The policy this guard applies. */
    public UpstreamPolicy policy() {
        return policy;
    }

    /** The breaker's state now. */
    public CircuitBreakerState breakerState() {
        return CircuitBreakerMaintenance.get().currentState(upstream);
    }

    /** Calls holding a bulkhead slot or a place in its queue now. */
    public int bulkheadTaken() {
        return bulkheadTaken.get();
    }

    /** Retries the budget would allow now. */
    public long retriesAvailable() {
        return budget.available();
    }

    /** The upstream's name. */
    public String upstream() {
        return upstream;
    }

    /** Closes the breaker and empties the retry budget, as after a fresh start. */
    public void reset() {
        CircuitBreakerMaintenance.get().reset(upstream);
        budget.reset();
    }

    private <T> Uni<T> attempt(CallerContext caller, AtomicBoolean abandoned, AtomicInteger attempts,
            Function<Duration, Uni<T>> request) {
        // Deferred: SmallRye may take the Uni when the call is queued and subscribe only once a
        // bulkhead slot frees; the checks below must see that moment, not the queueing one.
        return Uni.createFrom().deferred(() -> {
            Deadline deadline = caller.deadline();
            // A call that waited in the bulkhead queue past its checkout must not reach the upstream.
            if (abandoned.get() || deadline.expired()) {
                return Uni.createFrom().failure(unavailable(UnavailableReason.DEADLINE, "no time left to start"));
            }
            Duration remaining = deadline.remaining();
            Duration limit = min(policy.timeout(), remaining);
            // Cut short by the caller's budget rather than the upstream's own timeout, a late answer
            // says nothing about the upstream's health: it must not open the breaker.
            UnavailableReason late = limit.compareTo(policy.timeout()) < 0 ? UnavailableReason.DEADLINE
                    : UnavailableReason.TIMEOUT;
            InFlightCalls.Call onTheWire = inFlight.start(caller.checkoutId(), attempts.incrementAndGet());

            Uni<T> call = request.apply(limit)
                    .onFailure(this::isTransportFailure)
                    .transform(e -> unavailable(UnavailableReason.FAILURE, e.getClass().getSimpleName()));
            return Timeouts.within(vertx, limit,
                    () -> unavailable(late, "no answer within " + limit.toMillis() + "ms"), call)
                    .onTermination().invoke(() -> inFlight.end(onTheWire));
        });
    }

    @SuppressWarnings("unchecked")
    private <T> Uni<T> guarded(java.util.function.Supplier<Uni<T>> attempt) {
        return (Uni<T>) guard.get(() -> attempt.get(), Uni.class);
    }

    private Guard buildGuard() {
        UpstreamPolicy.Retry retry = policy.retry();
        UpstreamPolicy.Breaker breaker = policy.breaker();
        UpstreamPolicy.Bulkhead bulkhead = policy.bulkhead();

        return Guard.create()
                .withDescription(upstream)
                .withRetry()
                .maxRetries(retry.maxRetries())
                .delay(retry.baseDelay().toMillis(), ChronoUnit.MILLIS)
                .jitter(0, ChronoUnit.MILLIS)
                .whenException(this::mayRetry)
                .withCustomBackoff()
                .strategy(() -> new JitteredBackoff(retry.baseDelay(), retry.maxDelay(), retry.jitter()))
                .done()
                .done()
                .withCircuitBreaker()
                .name(upstream)
                .requestVolumeThreshold(breaker.window())
                .failureRatio(breaker.failureRatio())
                .delay(breaker.openFor().toMillis(), ChronoUnit.MILLIS)
                .successThreshold(breaker.probes())
                .when(this::countsAgainstBreaker)
                .onStateChange(breakerLog::changed)
                .onSuccess(breakerLog::succeeded)
                .onFailure(breakerLog::failed)
                .done()
                .withBulkhead()
                .limit(bulkhead.limit())
                .queueSize(bulkhead.queue())
                .onAccepted(bulkheadTaken::incrementAndGet)
                .onFinished(bulkheadTaken::decrementAndGet)
                .done()
                .withThreadOffload(false)
                .build();
    }

    private boolean mayRetry(Throwable failure) {
        if (!(failure instanceof UpstreamUnavailableException unavailable)) {
            return false;
        }
        UnavailableReason reason = unavailable.reason();
        boolean retryable = reason == UnavailableReason.FAILURE
                || reason == UnavailableReason.TIMEOUT && policy.retry().onTimeout();
        if (!retryable) {
            return false;
        }
        boolean granted = !policy.retry().budgeted() || budget.tryRetry();
        metrics.retry(granted);
        LOG.debugf("upstream '%s' retry %s (%s)", upstream, granted ? "granted" : "refused by budget",
                reason.outcome());
        return granted;
    }

    private static String outcome(Throwable failure) {
        if (failure instanceof UpstreamUnavailableException unavailable) {
            return unavailable.reason().outcome();
        }
        // An item, or a business answer such as a 4xx: the upstream answered.
        return UpstreamMetrics.SUCCESS;
    }

    private boolean countsAgainstBreaker(Throwable failure) {
        return failure instanceof UpstreamUnavailableException unavailable
                && unavailable.reason().upstreamAtFault();
    }

    private boolean isTransportFailure(Throwable failure) {
        return !(failure instanceof BusinessAnswer) && !(failure instanceof UpstreamUnavailableException);
    }

    private Throwable classify(Throwable failure) {
        if (failure instanceof CircuitBreakerOpenException) {
            return unavailable(UnavailableReason.SHORT_CIRCUITED, "breaker open");
        }
        if (failure instanceof BulkheadException) {
            return unavailable(UnavailableReason.REJECTED, "bulkhead full");
        }
        if (failure instanceof BusinessAnswer || failure instanceof UpstreamUnavailableException) {
            return failure;
        }
        return unavailable(UnavailableReason.FAILURE, failure.getClass().getSimpleName());
    }

    private UpstreamUnavailableException unavailable(UnavailableReason reason, String detail) {
        return new UpstreamUnavailableException(upstream, reason, detail);
    }

    /** Delivers the result on the subscriber's event loop, whichever thread produced it. */
    private static <T> Uni<T> onCallersContext(Uni<T> uni) {
        return Uni.createFrom().deferred(() -> {
            Context caller = Vertx.currentContext();
            if (caller == null) {
                return uni;
            }
            return uni.emitOn(task -> {
                if (Vertx.currentContext() == caller) {
                    task.run();
                } else {
                    caller.runOnContext(ignored -> task.run());
                }
            });
        });
    }

    private static Duration min(Duration a, Duration b) {
        return a.compareTo(b) <= 0 ? a : b;
    }
}
