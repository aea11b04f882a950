package dev.gateway.simulator;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.vertx.core.json.JsonObject;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class SimulatedProfileTest {

    private UpstreamUnderTest profile;

    @BeforeEach
    void startProfile() {
        profile = UpstreamUnderTest.start(Upstream.PROFILE, 64);
    }

    @AfterEach
    void stopProfile() {
        profile.close();
    }

    @Test
    void answersAKnownUsersProfile() {
        UpstreamUnderTest.Reply reply = profile.get("/profiles/u-42");

        // 42 mod 20 = 2, 42 / 20 mod 20 = 2, last digit 2: bronze
        assertEquals(200, reply.status());
        assertEquals(new JsonObject().put("userId", "u-42").put("name", "Chiara Castell").put("tier", "bronze"),
                reply.body());
    }

    @Test
    void answersNotFoundWithAJsonBodyForAnUnknownUser() {
        UpstreamUnderTest.Reply reply = profile.get("/profiles/u-10000");

        assertEquals(404, reply.status());
        assertEquals("u-10000", reply.body().getString("userId"));
    }

    @Test
    void answersNotFoundForOtherPathsWithoutCountingThem() {
        assertEquals(404, profile.get("/profiles/u-1/orders").status());
        assertEquals(404, profile.get("/profiles/").status());

        assertEquals(0, profile.stats().received());
    }
}
