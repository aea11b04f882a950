package dev.gateway.upstream.profile;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.rest.client.inject.RestClient;
import org.jboss.logging.Logger;

import dev.gateway.resilience.CallerContext;
import dev.gateway.resilience.Replies;
import dev.gateway.resilience.UpstreamGuard;
import dev.gateway.resilience.UpstreamGuards;
import dev.gateway.resilience.UpstreamUnavailableException;
import io.smallrye.mutiny.Uni;

/**
 * Looks up the customer through the guarded profile call. An unknown user is a guest (a normal
 * answer); a profile service that cannot answer is replaced by a guest, marked as a fallback.
 */
@ApplicationScoped
public class ProfileClient {

    /** The upstream's name in config, metrics, logs and errors. */
    public static final String UPSTREAM = "profile";

    private static final Logger LOG = Logger.getLogger(ProfileClient.class);
    private static final int UNKNOWN_USER = 404;

    private final ProfileApi api;
    private final UpstreamGuard guard;

    ProfileClient(@RestClient ProfileApi api, UpstreamGuards guards) {
        this.api = api;
        this.guard = guards.forUpstream(UPSTREAM);
    }

    /** The customer for {@code userId}; never fails. */
    public Uni<Customer> customer(String userId, CallerContext caller) {
        return guard.call(caller, budget -> api.find(userId, budget.toMillis(), caller.requestId())
                        .map(reply -> read(reply, userId)))
                .onFailure(UpstreamUnavailableException.class)
                .recoverWithItem(failure -> guestFor(userId, (UpstreamUnavailableException) failure));
    }

    private Customer guestFor(String userId, UpstreamUnavailableException failure) {
        LOG.debugf("upstream '%s' %s, falling back to a guest", UPSTREAM, failure.reason().outcome());
        guard.fellBack();
        return Customer.guest(userId, true);
    }

    /** The guard, for the in-flight view and tests. */
    public UpstreamGuard guard() {
        return guard;
    }

    private static Customer read(Response reply, String userId) {
        if (reply.getStatus() == UNKNOWN_USER) {
            return Customer.guest(userId, false);
        }
        Profile profile = Replies.bodyOf(UPSTREAM, reply, Profile.class);
        String tier = profile.tier() == null ? Customer.GUEST : profile.tier();
        return new Customer(userId, profile.name(), tier, false);
    }
}
