package dev.gateway.checkout;

import java.util.Map;

import dev.gateway.support.SimulatedUpstreamsProfile;

/**
 * Simulated upstreams with room for hundreds of checkouts at once: every upstream's bulkhead,
 * pool and capacity take a whole burst, and pricing's per-call timeout (800ms) is long enough
 * that the whole burst is in flight together, waiting on a 2.8s pricing. Budget 2000ms.
 */
public class BurstProfile extends SimulatedUpstreamsProfile {

    @Override
    public Map<String, String> getConfigOverrides() {
        Map<String, String> config = new java.util.HashMap<>(super.getConfigOverrides());
        config.put("checkout.budget", "2000ms");
        for (String upstream : new String[] {"pricing", "inventory", "profile"}) {
            config.put("simulator." + upstream + ".capacity", "400");
            config.put("checkout.upstreams." + upstream + ".bulkhead.limit", "400");
            config.put("checkout.upstreams." + upstream + ".breaker.window", "1000");
            config.put("checkout.upstreams." + upstream + ".timeout", "800ms");
            config.put("quarkus.rest-client." + upstream + ".connection-pool-size", "400");
        }
        return config;
    }
}
