package dev.gateway.simulator;

/**
 * The upstreams the simulator stands in for. Each carries the one name used for it in config keys, logs and
 * look-ups, and the port it listens on when config leaves the port unset.
 */
public enum Upstream {
    PRICING("pricing", 8091),
    INVENTORY("inventory", 8092),
    PROFILE("profile", 8093);

    private final String id;
    private final int defaultPort;

    Upstream(String id, int defaultPort) {
        this.id = id;
        this.defaultPort = defaultPort;
    }

    /** The upstream's name: {@code pricing}, {@code inventory} or {@code profile}. */
    public String id() {
        return id;
    }

    /** The port used when {@code simulator.<name>.port} is not set. */
    public int defaultPort() {
        return defaultPort;
    }

    /**
     * Looks an upstream up by its name.
     *
     * @throws IllegalArgumentException when no upstream has that name
     */
    public static Upstream named(String id) {
        for (Upstream upstream : values()) {
            if (upstream.id.equals(id)) {
                return upstream;
            }
        }
        throw new IllegalArgumentException(
                "no simulated upstream named '" + id + "' (expected pricing, inventory or profile)");
    }
}
