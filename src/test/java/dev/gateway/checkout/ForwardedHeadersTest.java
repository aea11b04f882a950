package dev.gateway.checkout;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.stubbing.Scenario.STARTED;
import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import com.github.tomakehurst.wiremock.verification.LoggedRequest;

import dev.gateway.support.GatewayTest;
import dev.gateway.support.Stubs;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;

/** Only an allow-list of headers reaches the upstreams, and the correlation id only once validated. */
@QuarkusTest
class ForwardedHeadersTest extends GatewayTest {

    private static final List<String> UPSTREAMS = List.of("pricing", "inventory", "profile");

    @TestHTTPResource("/checkout")
    URL checkoutUrl;

    @Test
    void forwardsTheCorrelationIdToAllThreeUpstreams() {
        given().contentType("application/json").header("X-Request-Id", "order-7f3a.42")
                .body(cart()).post("/checkout").then().statusCode(200);

        for (String upstream : UPSTREAMS) {
            assertEquals("order-7f3a.42", only(upstream).getHeader("X-Request-Id"), upstream);
        }
    }

    @Test
    void forwardsNothingElseOfTheCallersRequest() {
        given().contentType("application/json").header("Authorization", "Bearer secret")
                .header("Cookie", "session=abc").header("X-Debug", "1")
                .body(cart()).post("/checkout").then().statusCode(200);

        for (String upstream : UPSTREAMS) {
            LoggedRequest request = only(upstream);
            assertFalse(request.containsHeader("Authorization"), upstream);
            assertFalse(request.containsHeader("Cookie"), upstream);
            assertFalse(request.containsHeader("X-Debug"), upstream);
            assertTrue(request.getHeader("X-Request-Id").matches("[0-9a-f-]{36}"), "the checkout's own id");
        }
    }

    @Test
    void neverForwardsACorrelationIdWithControlCharacters() throws IOException {
        String reply = rawCheckout("X-Request-Id: evil\u0001id\r\n");

        // Refused by the HTTP layer or replaced by the gateway: either way it goes no further.
        for (String upstream : UPSTREAMS) {
            Stubs.wm().findAll(Stubs.pattern(upstream)).forEach(request -> assertFalse(
                    request.getHeader("X-Request-Id").contains("evil"), upstream + " got it; reply " + reply));
        }
    }

    @Test
    void replacesACorrelationIdThatIsNotPlainPrintableAscii() throws IOException {
        String reply = rawCheckout("X-Request-Id: two words\r\n");

        assertTrue(reply.startsWith("HTTP/1.1 200"), reply);
        for (String upstream : UPSTREAMS) {
            String forwarded = only(upstream).getHeader("X-Request-Id");
            assertTrue(forwarded.matches("[0-9a-f-]{36}"), upstream + " got " + forwarded);
        }
    }

    @Test
    void carriesTheCorrelationIdOnEveryAttempt() {
        for (int i = 0; i < 20; i++) {
            checkout(cart()).then().statusCode(200);
        }
        Stubs.reset();
        healthyUpstreams();
        Stubs.wm().stubFor(Stubs.quote().inScenario("blip").whenScenarioStateIs(STARTED)
                .willReturn(aResponse().withStatus(503)).willSetStateTo("recovered"));
        Stubs.wm().stubFor(Stubs.quote().inScenario("blip").whenScenarioStateIs("recovered")
                .willReturn(Stubs.prices("USD", Map.of(SKU_A, "12.50", SKU_B, "0.10"))));

        given().contentType("application/json").header("X-Request-Id", "retry-me")
                .body(cart()).post("/checkout").then().statusCode(200);

        List<LoggedRequest> attempts = Stubs.wm().findAll(Stubs.pattern("pricing"));
        assertEquals(2, attempts.size());
        attempts.forEach(attempt -> assertEquals("retry-me", attempt.getHeader("X-Request-Id")));
    }

    private static LoggedRequest only(String upstream) {
        List<LoggedRequest> requests = Stubs.wm().findAll(Stubs.pattern(upstream));
        assertEquals(1, requests.size(), upstream);
        return requests.get(0);
    }

    /** A checkout over a bare socket, since HTTP clients refuse to send control characters. */
    private String rawCheckout(String extraHeaders) throws IOException {
        byte[] body = cart().getBytes(StandardCharsets.UTF_8);
        String head = "POST /checkout HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/json\r\n"
                + "Connection: close\r\nContent-Length: " + body.length + "\r\n" + extraHeaders + "\r\n";
        try (Socket socket = new Socket(checkoutUrl.getHost(), checkoutUrl.getPort())) {
            socket.setSoTimeout(5000);
            OutputStream out = socket.getOutputStream();
            out.write(head.getBytes(StandardCharsets.ISO_8859_1));
            out.write(body);
            out.flush();
            InputStream in = socket.getInputStream();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
