package dev.gateway.upstream.profile;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

import dev.gateway.resilience.UpstreamHeaders;
import io.smallrye.mutiny.Uni;

/** The profile service's REST API; base URL {@code quarkus.rest-client.profile.url}. */
@RegisterRestClient(configKey = "profile")
@Path("/profiles")
public interface ProfileApi {

    /** A user's profile; 404 for an unknown user. */
    @GET
    @Path("/{userId}")
    @Produces(MediaType.APPLICATION_JSON)
    Uni<Response> find(@PathParam("userId") String userId,
            @HeaderParam(UpstreamHeaders.REQUEST_TIMEOUT_MS) long budgetMillis,
            @HeaderParam(UpstreamHeaders.REQUEST_ID) String requestId);
}
