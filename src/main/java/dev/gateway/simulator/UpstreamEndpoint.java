package dev.gateway.simulator;

import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpMethod;

/** The business side of one simulated upstream: which requests are its calls, and their healthy answers. */
interface UpstreamEndpoint {

    /** Whether a request with this method and path is a call to this upstream. */
    boolean serves(HttpMethod method, String path);

    /**
     * The healthy answer to a call.
     *
     * @throws MalformedCall when the body breaks the contract
     */
    SimulatedReply answer(String path, Buffer body);

    /** The endpoint of an upstream. */
    static UpstreamEndpoint of(Upstream upstream) {
        return switch (upstream) {
            case PRICING -> new PricingEndpoint(new Catalog());
            case INVENTORY -> new InventoryEndpoint(new Catalog());
            case PROFILE -> new ProfileEndpoint(new UserDirectory());
        };
    }
}
