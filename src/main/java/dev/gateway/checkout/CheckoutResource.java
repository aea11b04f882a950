package dev.gateway.checkout;

import java.time.Duration;
import java.util.List;
import java.util.regex.Pattern;

import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.jboss.resteasy.reactive.RestHeader;
import org.jboss.resteasy.reactive.RestResponse;

import dev.gateway.resilience.Deadline;
import dev.gateway.resilience.UpstreamHeaders;
import io.smallrye.mutiny.Uni;

/** {@code POST /checkout}: one cart in, one priced, stocked and personalised reply out. */
@Path("/checkout")
public class CheckoutResource {

    /** Lists the upstreams replaced by a fallback, comma separated. */
    public static final String DEGRADED_HEADER = "X-Checkout-Degraded";

    private static final Pattern MILLIS = Pattern.compile("\\d{1,9}");

    private final CartParser parser;
    private final CheckoutService service;
    private final CheckoutConfig config;

    CheckoutResource(CartParser parser, CheckoutService service, CheckoutConfig config) {
        this.parser = parser;
        this.service = service;
        this.config = config;
    }

    /** Checks out a cart; errors are problem+json (see {@link ProblemMapper}). */
    @POST
    @Produces(MediaType.APPLICATION_JSON)
    public Uni<RestResponse<CheckoutReply>> checkout(byte[] body,
            @RestHeader(UpstreamHeaders.REQUEST_TIMEOUT_MS) String callerBudget) {
        Cart cart = parser.parse(body);
        Deadline deadline = Deadline.of(config.budget(), callersBudget(callerBudget), System::nanoTime);
        if (deadline.expired()) {
            return Uni.createFrom().failure(new DeadlineExceededException("the caller's budget was already spent"));
        }

        return service.checkout(cart, deadline).map(CheckoutResource::ok);
    }

    private static RestResponse<CheckoutReply> ok(CheckoutReply reply) {
        RestResponse.ResponseBuilder<CheckoutReply> response = RestResponse.ResponseBuilder.ok(reply);
        if (!reply.degraded().isEmpty()) {
            response.header(DEGRADED_HEADER, String.join(",", reply.degraded()));
        }
        return response.build();
    }

    private static Duration callersBudget(String header) {
        if (header == null) {
            return null;
        }
        if (!MILLIS.matcher(header.strip()).matches()) {
            throw new InvalidCartException(List.of(new FieldError(UpstreamHeaders.REQUEST_TIMEOUT_MS,
                    "must be a whole number of milliseconds")));
        }
        return Duration.ofMillis(Long.parseLong(header.strip()));
    }
}
