package dev.gateway.support;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;

import java.util.Map;
import java.util.stream.Collectors;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.client.MappingBuilder;
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.client.WireMock;
import com.github.tomakehurst.wiremock.matching.RequestPatternBuilder;

/** Stubs and hit counts of the three upstreams, in the words of the wire contract. */
public final class Stubs {

    public static final String QUOTE = "/prices/quote";
    public static final String AVAILABILITY = "/inventory/availability";
    public static final String PROFILES = "/profiles/.*";

    private Stubs() {
    }

    public static WireMockServer wm() {
        return UpstreamStubs.server();
    }

    /** Forgets every stub and every logged request. */
    public static void reset() {
        wm().resetAll();
    }

    /** Pricing answers these unit prices (sku to price string). */
    public static ResponseDefinitionBuilder prices(String currency, Map<String, String> unitPrices) {
        String prices = unitPrices.entrySet().stream()
                .map(e -> "{\"sku\":\"" + e.getKey() + "\",\"unitPrice\":\"" + e.getValue() + "\"}")
                .collect(Collectors.joining(","));
        return json(200, "{\"currency\":\"" + currency + "\",\"prices\":[" + prices + "]}");
    }

    /** Inventory answers availability per sku. */
    public static ResponseDefinitionBuilder stock(Map<String, Boolean> available) {
        String items = available.entrySet().stream()
                .map(e -> "{\"sku\":\"" + e.getKey() + "\",\"available\":" + e.getValue() + ",\"onHand\":"
                        + (e.getValue() ? 50 : 0) + "}")
                .collect(Collectors.joining(","));
        return json(200, "{\"items\":[" + items + "]}");
    }

    /** Profile answers this user. */
    public static ResponseDefinitionBuilder profile(String userId, String name, String tier) {
        return json(200, "{\"userId\":\"" + userId + "\",\"name\":\"" + name + "\",\"tier\":\"" + tier + "\"}");
    }

    public static ResponseDefinitionBuilder json(int status, String body) {
        return aResponse().withStatus(status).withHeader("Content-Type", "application/json").withBody(body);
    }

    public static void pricing(ResponseDefinitionBuilder reply) {
        wm().stubFor(quote().willReturn(reply));
    }

    public static void inventory(ResponseDefinitionBuilder reply) {
        wm().stubFor(availability().willReturn(reply));
    }

    public static void profile(ResponseDefinitionBuilder reply) {
        wm().stubFor(profiles().willReturn(reply));
    }

    public static MappingBuilder quote() {
        return post(urlPathEqualTo(QUOTE));
    }

    public static MappingBuilder availability() {
        return post(urlPathEqualTo(AVAILABILITY));
    }

    public static MappingBuilder profiles() {
        return get(urlPathMatching(PROFILES));
    }

    /** How many requests the upstream received. */
    public static int hits(String upstream) {
        return wm().countRequestsMatching(pattern(upstream).build()).getCount();
    }

    public static RequestPatternBuilder pattern(String upstream) {
        return switch (upstream) {
            case "pricing" -> WireMock.postRequestedFor(urlPathEqualTo(QUOTE));
            case "inventory" -> WireMock.postRequestedFor(urlPathEqualTo(AVAILABILITY));
            case "profile" -> WireMock.getRequestedFor(urlPathMatching(PROFILES));
            default -> throw new IllegalArgumentException(upstream);
        };
    }
}
