package dev.gateway.upstream.pricing;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

import dev.gateway.resilience.UpstreamHeaders;
import io.smallrye.mutiny.Uni;

/** The pricing service's REST API; base URL {@code quarkus.rest-client.pricing.url}. */
@RegisterRestClient(configKey = "pricing")
@Path("/prices")
public interface PricingApi {

    /** Quotes unit prices; 200 with prices, or 422 with the unknown skus. */
    @POST
    @Path("/quote")
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    Uni<Response> quote(QuoteRequest request, @HeaderParam(UpstreamHeaders.REQUEST_TIMEOUT_MS) long budgetMillis,
            @HeaderParam(UpstreamHeaders.REQUEST_ID) String requestId);
}
