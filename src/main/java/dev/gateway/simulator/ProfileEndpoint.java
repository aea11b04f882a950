package dev.gateway.simulator;

import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.json.JsonObject;

/** {@code GET /profiles/{userId}}: the user's profile from the {@link UserDirectory}, or 404 for anyone else. */
final class ProfileEndpoint implements UpstreamEndpoint {

    private static final String PREFIX = "/profiles/";

    private final UserDirectory users;

    ProfileEndpoint(UserDirectory users) {
        this.users = users;
    }

    @Override
    public boolean serves(HttpMethod method, String path) {
        return HttpMethod.GET.equals(method)
                && path.startsWith(PREFIX)
                && path.length() > PREFIX.length()
                && path.indexOf('/', PREFIX.length()) < 0;
    }

    @Override
    public SimulatedReply answer(String path, Buffer body) {
        String userId = path.substring(PREFIX.length());
        return users.find(userId)
                .map(ProfileEndpoint::asJson)
                .map(SimulatedReply::ok)
                .orElseGet(() -> unknownUser(userId));
    }

    private static JsonObject asJson(UserDirectory.Profile profile) {
        return new JsonObject()
                .put("userId", profile.userId())
                .put("name", profile.name())
                .put("tier", profile.tier());
    }

    private static SimulatedReply unknownUser(String userId) {
        return new SimulatedReply(404, new JsonObject().put("error", "unknown user").put("userId", userId));
    }
}
