package dev.gateway.checkout;

import java.time.Duration;
import java.time.temporal.ChronoUnit;
import java.util.UUID;
import java.util.List;
import java.util.regex.Pattern;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.ParameterIn;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.jboss.logging.MDC;
import org.jboss.resteasy.reactive.RestHeader;
import org.jboss.resteasy.reactive.RestResponse;

import dev.gateway.resilience.CallerContext;
import dev.gateway.resilience.Deadline;
import dev.gateway.resilience.UpstreamHeaders;
import io.smallrye.mutiny.Uni;

/** {@code POST /checkout}: one cart in, one priced, stocked and personalised reply out. */
@Path("/checkout")
public class CheckoutResource {

    /** Lists the upstreams replaced by a fallback, comma separated. */
    public static final String DEGRADED_HEADER = "X-Checkout-Degraded";

    /** The log field (MDC key) carrying the checkout's id. */
    public static final String CHECKOUT_ID = "checkoutId";

    private static final Pattern MILLIS = Pattern.compile("\\d{1,64}");

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
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Check out a cart", description = "Prices, stocks and personalises a cart by calling "
            + "pricing, inventory and profile at once; fallbacks are listed in `degraded`.")
    @RequestBody(required = true, content = @Content(schema = @Schema(implementation = CartRequestSchema.class)))
    @Parameter(name = UpstreamHeaders.REQUEST_TIMEOUT_MS, in = ParameterIn.HEADER,
            description = "The caller's remaining budget in milliseconds; the gateway never spends longer.")
    @Parameter(name = UpstreamHeaders.REQUEST_ID, in = ParameterIn.HEADER,
            description = "Correlation id, forwarded to every upstream when it is printable ASCII of 1 to 128.")
    @APIResponse(responseCode = "200", description = "Checked out; `degraded` lists fallbacks used",
            headers = @Header(name = DEGRADED_HEADER, description = "The same names as `degraded`, comma separated"),
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = CheckoutReply.class)))
    @APIResponse(responseCode = "400", description = "Malformed JSON or a rule broken (type .../invalid-cart)",
            content = @Content(mediaType = ProblemMapper.PROBLEM_JSON))
    @APIResponse(responseCode = "409", description = "Items not available (type .../items-unavailable)",
            content = @Content(mediaType = ProblemMapper.PROBLEM_JSON))
    @APIResponse(responseCode = "422", description = "Skus unknown to pricing (type .../unknown-sku)",
            content = @Content(mediaType = ProblemMapper.PROBLEM_JSON))
    @APIResponse(responseCode = "503", description = "Pricing or inventory unavailable, or load shed "
            + "(types .../pricing-unavailable, .../inventory-unavailable, .../overloaded); see Retry-After",
            headers = @Header(name = "Retry-After", description = "Seconds to wait"),
            content = @Content(mediaType = ProblemMapper.PROBLEM_JSON))
    @APIResponse(responseCode = "504", description = "The caller's budget ran out (type .../deadline-exceeded)",
            content = @Content(mediaType = ProblemMapper.PROBLEM_JSON))
    public Uni<RestResponse<CheckoutReply>> checkout(byte[] body,
            @RestHeader(UpstreamHeaders.REQUEST_TIMEOUT_MS) List<String> callerBudget,
            @RestHeader(UpstreamHeaders.REQUEST_ID) String callersRequestId) {
        String checkoutId = UUID.randomUUID().toString();
        // Every log line of this checkout, on whichever event loop callback, carries its id.
        MDC.put(CHECKOUT_ID, checkoutId);
        Cart cart = parser.parse(body);
        Deadline deadline = Deadline.of(config.budget(), callersBudget(callerBudget), System::nanoTime);
        if (deadline.expired()) {
            return Uni.createFrom().failure(new DeadlineExceededException("the caller's budget was already spent"));
        }

        CallerContext caller = new CallerContext(checkoutId, RequestIds.forwardable(callersRequestId, checkoutId),
                deadline);
        return service.checkout(cart, caller).map(CheckoutResource::ok);
    }

    private static RestResponse<CheckoutReply> ok(CheckoutReply reply) {
        RestResponse.ResponseBuilder<CheckoutReply> response = RestResponse.ResponseBuilder.ok(reply);
        if (!reply.degraded().isEmpty()) {
            response.header(DEGRADED_HEADER, String.join(",", reply.degraded()));
        }
        return response.build();
    }

    /**
     * The caller's budget: the smallest of every value given (repeated headers or a comma
     * separated list), since a proxy on the way may have added its own tighter one. A budget too
     * large to matter is simply larger than the gateway's own.
     */
    private static Duration callersBudget(List<String> headers) {
        if (headers == null || headers.isEmpty()) {
            return null;
        }
        Duration smallest = null;
        for (String header : headers) {
            for (String value : header.split(",")) {
                Duration budget = millis(value.strip());
                smallest = smallest == null || budget.compareTo(smallest) < 0 ? budget : smallest;
            }
        }
        return smallest;
    }

    private static Duration millis(String value) {
        if (!MILLIS.matcher(value).matches()) {
            throw new InvalidCartException(List.of(new FieldError(UpstreamHeaders.REQUEST_TIMEOUT_MS,
                    "must be a whole number of milliseconds")));
        }
        return value.length() > 9 ? ChronoUnit.FOREVER.getDuration() : Duration.ofMillis(Long.parseLong(value));
    }
}
