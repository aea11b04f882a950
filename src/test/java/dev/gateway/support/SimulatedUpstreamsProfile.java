package dev.gateway.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.util.HashMap;
import java.util.Map;

import io.quarkus.test.junit.QuarkusTestProfile;

/**
 * The gateway against its own simulated upstreams (latency like a healthy service, a capacity,
 * faults on demand) instead of stubs: for drills where load and time matter. Each upstream gets
 * a free port, and its REST client points there.
 */
public class SimulatedUpstreamsProfile implements QuarkusTestProfile {

    @Override
    public Map<String, String> getConfigOverrides() {
        Map<String, String> config = new HashMap<>();
        config.put("simulator.enabled", "true");
        for (String upstream : new String[] {"pricing", "inventory", "profile"}) {
            int port = freePort();
            config.put("simulator." + upstream + ".port", Integer.toString(port));
            config.put("quarkus.rest-client." + upstream + ".url", "http://127.0.0.1:" + port);
            // A rolling window wide enough that one checkout's blip does not open the breaker, and
            // a per-call timeout that a healthy simulator meets even on a busy two-core machine.
            config.put("checkout.upstreams." + upstream + ".breaker.window", "20");
            config.put("checkout.upstreams." + upstream + ".timeout", "400ms");
        }
        return config;
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
