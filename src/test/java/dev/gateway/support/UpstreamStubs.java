package dev.gateway.support;

import java.util.Map;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.core.WireMockConfiguration;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

/**
 * One WireMock server standing in for pricing, inventory and profile over a real socket; each
 * upstream's base URL points at it and the paths tell them apart. Delayed replies are
 * asynchronous, so hundreds can be pending without a thread each.
 */
public class UpstreamStubs implements QuarkusTestResourceLifecycleManager {

    private static WireMockServer server;

    /** The running stub server. */
    public static WireMockServer server() {
        return server;
    }

    @Override
    public Map<String, String> start() {
        server = new WireMockServer(WireMockConfiguration.options()
                .dynamicPort()
                .bindAddress("127.0.0.1")
                .asynchronousResponseEnabled(true)
                .asynchronousResponseThreads(8)
                .containerThreads(64)
                .jettyAcceptors(2));
        server.start();
        String base = "http://127.0.0.1:" + server.port();
        return Map.of(
                "quarkus.rest-client.pricing.url", base,
                "quarkus.rest-client.inventory.url", base,
                "quarkus.rest-client.profile.url", base);
    }

    @Override
    public void stop() {
        if (server != null) {
            server.stop();
        }
    }
}
