package dev.gateway.upstream.inventory;

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

/** The inventory service's REST API; base URL {@code quarkus.rest-client.inventory.url}. */
@RegisterRestClient(configKey = "inventory")
@Path("/inventory")
public interface InventoryApi {

    /** Availability of each requested sku. */
    @POST
    @Path("/availability")
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    Uni<Response> availability(AvailabilityRequest request,
            @HeaderParam(UpstreamHeaders.REQUEST_TIMEOUT_MS) long budgetMillis,
            @HeaderParam(UpstreamHeaders.REQUEST_ID) String requestId);
}
