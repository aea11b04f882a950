package dev.gateway.simulator;

import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.core.http.HttpServer;
import io.vertx.core.http.HttpServerOptions;
import io.vertx.core.http.HttpServerRequest;

/**
 * One simulated upstream on its own HTTP/1.1 server. Calls to its endpoint are counted and served with capacity,
 * latency and faults; requests under {@code /sim/} go to the admin endpoints; anything else is 404 at once.
 *
 * <p>Needs no CDI: {@code new SimulatedUpstream(vertx, Upstream.PRICING, settings).start()} is all a test does.
 * One server instance means one event loop, so every request of an upstream is handled on the same thread.
 * Cleartext HTTP/2 upgrades are declined, so that a closed connection always means one abandoned call.
 */
public final class SimulatedUpstream {

    private final Vertx vertx;
    private final Upstream upstream;
    private final UpstreamSettings settings;
    private final Faults faults = new Faults();
    private final UpstreamStats stats = new UpstreamStats();
    private final UpstreamEndpoint endpoint;
    private final CallDesk desk;
    private final AdminApi admin;
    private volatile HttpServer server;

    /** A simulated upstream, not yet listening. */
    public SimulatedUpstream(Vertx vertx, Upstream upstream, UpstreamSettings settings) {
        this.vertx = vertx;
        this.upstream = upstream;
        this.settings = settings;
        this.endpoint = UpstreamEndpoint.of(upstream);
        this.desk = new CallDesk(vertx, endpoint, settings, faults, stats);
        this.admin = new AdminApi(faults, stats);
    }

    /**
     * Starts listening; completes with the bound port, or fails naming the upstream and port it could not bind.
     * Call it once.
     */
    public Future<Integer> start() {
        HttpServerOptions options = new HttpServerOptions()
                .setPort(settings.port())
                .setHttp2ClearTextEnabled(false);
        return vertx.createHttpServer(options)
                .requestHandler(this::route)
                .listen()
                .onSuccess(listening -> server = listening)
                .map(HttpServer::actualPort)
                .recover(cause -> Future.failedFuture(new IllegalStateException("simulated upstream '"
                        + upstream.id() + "' cannot listen on port " + settings.port() + ": " + cause.getMessage(),
                        cause)));
    }

    /** Stops listening and closes open connections, which counts their calls as closed by the caller. */
    public Future<Void> stop() {
        HttpServer running = server;
        return running == null ? Future.succeededFuture() : running.close();
    }

    /**
     * The port it listens on.
     *
     * @throws IllegalStateException before {@link #start()} has completed
     */
    public int port() {
        HttpServer running = server;
        if (running == null) {
            throw new IllegalStateException("simulated upstream '" + upstream.id() + "' is not listening");
        }
        return running.actualPort();
    }

    /** Which upstream this simulates. */
    public Upstream upstream() {
        return upstream;
    }

    /** How it is set up. */
    public UpstreamSettings settings() {
        return settings;
    }

    /** Its call counters. */
    public UpstreamStats stats() {
        return stats;
    }

    /** Its injected faults. */
    public Faults faults() {
        return faults;
    }

    private void route(HttpServerRequest request) {
        String path = request.path();
        if (path.startsWith(AdminApi.PREFIX)) {
            admin.handle(request);
        } else if (endpoint.serves(request.method(), path)) {
            desk.accept(request);
        } else {
            SimulatedReply.error(404, "no such endpoint").writeTo(request.response());
        }
    }
}
