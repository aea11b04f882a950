package dev.gateway.checkout;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.notNullValue;

import java.net.URL;

import org.junit.jupiter.api.Test;

import dev.gateway.support.GatewayTest;
import dev.gateway.support.Stubs;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;

/** Health and OpenAPI on the management interface, never on the public port. */
@QuarkusTest
class OperatorEndpointsTest extends GatewayTest {

    @TestHTTPResource(value = "health", management = true)
    URL health;

    @TestHTTPResource(value = "openapi", management = true)
    URL openApi;

    @Test
    void staysLiveAndReadyWhilePricingsBreakerIsOpen() {
        openPricingsBreaker();

        given().get(health + "/live").then().statusCode(200).body("status", equalTo("UP"));
        given().get(health + "/ready").then().statusCode(200).body("status", equalTo("UP"));
    }

    @Test
    void showsTheOpenBreakerInTheUpstreamsGroup() {
        openPricingsBreaker();

        given().get(health + "/group/upstreams").then().statusCode(503)
                .body("status", equalTo("DOWN"))
                .body("checks[0].data.'pricing.breaker'", equalTo("open"))
                .body("checks[0].data.'inventory.breaker'", equalTo("closed"));
    }

    @Test
    void servesHealthOnlyOnTheManagementPort() {
        given().get("/q/health/live").then().statusCode(404);
    }

    @Test
    void describesEveryReplyOfTheContract() {
        given().queryParam("format", "json").get(openApi).then().statusCode(200)
                .body("paths.'/checkout'.post.responses", hasKey("200"))
                .body("paths.'/checkout'.post.responses", hasKey("400"))
                .body("paths.'/checkout'.post.responses", hasKey("409"))
                .body("paths.'/checkout'.post.responses", hasKey("422"))
                .body("paths.'/checkout'.post.responses", hasKey("503"))
                .body("paths.'/checkout'.post.responses", hasKey("504"))
                .body("components.schemas.CartRequest", notNullValue());
    }

    private static void openPricingsBreaker() {
        Stubs.pricing(aResponse().withStatus(503));
        for (int i = 0; i < 4; i++) {
            checkout(cart()).then().statusCode(503);
        }
    }
}
