package dev.gateway.checkout;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.emptyIterable;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.nullValue;

import org.junit.jupiter.api.Test;

import dev.gateway.support.Stubs;
import dev.gateway.support.GatewayTest;
import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
class CheckoutHappyPathTest extends GatewayTest {

    private static final String CART = cart();

    @Test
    void mergesThreeLiveAnswersIntoOneReplyWithExactMoney() {
        given().contentType("application/json").body(CART)
                .when().post("/checkout")
                .then().statusCode(200)
                .header(CheckoutResource.DEGRADED_HEADER, nullValue())
                .body("checkoutId", matchesPattern("[0-9a-f-]{36}"))
                .body("userId", equalTo("u-1042"))
                .body("currency", equalTo("USD"))
                .body("lines", hasSize(2))
                .body("lines[0].sku", equalTo("SKU-000017"))
                .body("lines[0].unitPrice", equalTo("12.50"))
                .body("lines[0].lineTotal", equalTo("25.00"))
                .body("lines[0].available", equalTo(true))
                .body("lines[1].lineTotal", equalTo("0.10"))
                .body("total", equalTo("25.10"))
                .body("priceSource", equalTo("live"))
                .body("customer.name", equalTo("Ada"))
                .body("customer.tier", equalTo("gold"))
                .body("degraded", emptyIterable());
    }

    @Test
    void callsEachUpstreamOnceWithTheSkusOfTheCart() {
        given().contentType("application/json").body(CART).post("/checkout").then().statusCode(200);

        org.junit.jupiter.api.Assertions.assertEquals(1, Stubs.hits("pricing"));
        org.junit.jupiter.api.Assertions.assertEquals(1, Stubs.hits("inventory"));
        org.junit.jupiter.api.Assertions.assertEquals(1, Stubs.hits("profile"));
    }
}
