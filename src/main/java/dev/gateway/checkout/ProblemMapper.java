package dev.gateway.checkout;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;

import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;

import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

import dev.gateway.resilience.UpstreamUnavailableException;
import dev.gateway.upstream.pricing.UnknownSkusException;

/**
 * Turns every failure into {@code application/problem+json} (RFC 9457) with the contract's
 * status and type. No reply carries a stack trace or an upstream's body.
 */
public class ProblemMapper {

    /** The media type of every error body. */
    public static final String PROBLEM_JSON = "application/problem+json";

    private static final Logger LOG = Logger.getLogger(ProblemMapper.class);
    private static final String TYPE_BASE = "/problems/";

    private final CheckoutConfig config;

    ProblemMapper(CheckoutConfig config) {
        this.config = config;
    }

    @ServerExceptionMapper
    public Response invalidCart(InvalidCartException e) {
        return problem(400, "invalid-cart", "Invalid cart", "The request breaks the checkout rules.")
                .with("errors", e.errors()).build();
    }

    @ServerExceptionMapper
    public Response unknownSkus(UnknownSkusException e) {
        return problem(422, "unknown-sku", "Unknown sku", "Pricing does not know some skus of the cart.")
                .with("unknown", e.unknown()).build();
    }

    @ServerExceptionMapper
    public Response itemsUnavailable(ItemsUnavailableException e) {
        return problem(409, "items-unavailable", "Items unavailable", "Some items are not available.")
                .with("unavailable", e.unavailable()).build();
    }

    @ServerExceptionMapper
    public Response upstreamUnavailable(UpstreamUnavailableException e) {
        String upstream = e.upstream();
        return problem(503, upstream + "-unavailable", "Upstream unavailable",
                upstream + " cannot answer now (" + e.reason().outcome() + "); try again later.")
                .retryAfter(config.retryAfter().toSeconds()).build();
    }

    @ServerExceptionMapper
    public Response deadlineExceeded(DeadlineExceededException e) {
        return problem(504, "deadline-exceeded", "Deadline exceeded", e.getMessage()).build();
    }

    @ServerExceptionMapper
    public Response webApplication(WebApplicationException e) {
        int status = e.getResponse().getStatus();
        String reason = Response.Status.fromStatusCode(status) == null ? "Error"
                : Response.Status.fromStatusCode(status).getReasonPhrase();
        return problem(status, "http-" + status, reason, reason).build();
    }

    @ServerExceptionMapper
    public Response bodyTooLarge(BodyTooLargeException e) {
        return problem(413, "cart-too-large", "Cart too large", e.getMessage()).build();
    }

    /** The body could not be read: the client broke off, or sent more than the body limit. */
    @ServerExceptionMapper
    public Response unreadableBody(IOException e) {
        LOG.debugf("request body unreadable: %s", e.getMessage());
        boolean tooLarge = e.getMessage() != null && e.getMessage().contains("too large");
        return tooLarge
                ? problem(413, "http-413", "Payload too large", "The request body is larger than a cart can be.")
                        .build()
                : problem(400, "invalid-cart", "Invalid cart", "The request body could not be read.").build();
    }

    @ServerExceptionMapper
    public Response unexpected(Throwable e) {
        LOG.error("unexpected failure of a checkout", e);
        return problem(500, "internal-error", "Internal error", "The checkout failed unexpectedly.").build();
    }

    private static Problem problem(int status, String type, String title, String detail) {
        return new Problem(status, type, title, detail);
    }

    /** A problem body under construction. */
    private static final class Problem {

        private final int status;
        private final Map<String, Object> body = new LinkedHashMap<>();
        private long retryAfterSeconds = -1;

        Problem(int status, String type, String title, String detail) {
            this.status = status;
            body.put("type", TYPE_BASE + type);
            body.put("title", title);
            body.put("status", status);
            body.put("detail", detail);
        }

        Problem with(String member, Object value) {
            body.put(member, value);
            return this;
        }

        Problem retryAfter(long seconds) {
            this.retryAfterSeconds = Math.max(1, seconds);
            return this;
        }

        Response build() {
            Response.ResponseBuilder response = Response.status(status).type(PROBLEM_JSON).entity(body);
            if (retryAfterSeconds > 0) {
                response.header(HttpHeaders.RETRY_AFTER, retryAfterSeconds);
            }
            return response.build();
        }
    }
}
