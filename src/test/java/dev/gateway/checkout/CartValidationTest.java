package dev.gateway.checkout;

import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.containsString;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.stream.Collectors;
import java.util.stream.IntStream;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import dev.gateway.support.GatewayTest;
import dev.gateway.support.Stubs;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;

/** Every rule of the contract's request table, broken one at a time: 400 and no upstream call. */
@QuarkusTest
class CartValidationTest extends GatewayTest {

    @AfterEach
    void noUpstreamWasCalled() {
        assertEquals(0, Stubs.hits("pricing") + Stubs.hits("inventory") + Stubs.hits("profile"));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "quantity as a string  | {'userId':'u-1','items':[{'sku':'S-1','quantity':'2'}]}  | items[0].quantity",
        "fractional quantity   | {'userId':'u-1','items':[{'sku':'S-1','quantity':2.7}]}  | items[0].quantity",
        "quantity 2.0          | {'userId':'u-1','items':[{'sku':'S-1','quantity':2.0}]}  | items[0].quantity",
        "boolean quantity      | {'userId':'u-1','items':[{'sku':'S-1','quantity':true}]} | items[0].quantity",
        "zero quantity         | {'userId':'u-1','items':[{'sku':'S-1','quantity':0}]}    | items[0].quantity",
        "quantity over 999     | {'userId':'u-1','items':[{'sku':'S-1','quantity':1000}]} | items[0].quantity",
        "huge quantity         | {'userId':'u-1','items':[{'sku':'S-1','quantity':9999999999999}]} | items[0].quantity",
        "missing quantity      | {'userId':'u-1','items':[{'sku':'S-1'}]}                 | items[0].quantity",
        "missing userId        | {'items':[{'sku':'S-1','quantity':1}]}                   | userId",
        "empty userId          | {'userId':'','items':[{'sku':'S-1','quantity':1}]}       | userId",
        "userId with a space   | {'userId':'u 1','items':[{'sku':'S-1','quantity':1}]}    | userId",
        "numeric userId        | {'userId':42,'items':[{'sku':'S-1','quantity':1}]}       | userId",
        "lower-case currency   | {'userId':'u-1','currency':'usd','items':[{'sku':'S-1','quantity':1}]} | currency",
        "four-letter currency  | {'userId':'u-1','currency':'USDT','items':[{'sku':'S-1','quantity':1}]} | currency",
        "no items              | {'userId':'u-1','items':[]}                              | items",
        "items not a list      | {'userId':'u-1','items':{'sku':'S-1','quantity':1}}      | items",
        "item not an object    | {'userId':'u-1','items':['S-1']}                         | items[0]",
        "sku with a slash      | {'userId':'u-1','items':[{'sku':'S/1','quantity':1}]}    | items[0].sku",
        "duplicate skus        | {'userId':'u-1','items':[{'sku':'S-1','quantity':1},{'sku':'S-1','quantity':2}]}"
                + " | items[1].sku",
    })
    void rejectsABrokenRuleNamingTheField(String rule, String body, String field) {
        rejected(body.replace('\'', '"'))
                .body("errors.field", hasItem(field));
    }

    @Test
    void rejectsMalformedJson() {
        rejected("{\"userId\":\"u-1\",\"items\":[").body("errors[0].field", equalTo("body"));
    }

    @Test
    void rejectsContentAfterTheJsonObject() {
        rejected(cart() + " garbage").body("errors[0].field", equalTo("body"));
        rejected(cart() + "{\"a\":1}").body("errors[0].field", equalTo("body"));
    }

    @Test
    void rejectsAnEmptyBody() {
        rejected("").body("errors[0].field", equalTo("body"));
    }

    @Test
    void rejectsABodyThatIsNotAnObject() {
        rejected("[1,2,3]").body("errors[0].field", equalTo("body"));
    }

    @Test
    void rejectsAKeyGivenTwice() {
        rejected("{\"userId\":\"u-1\",\"userId\":\"u-2\",\"items\":[{\"sku\":\"S-1\",\"quantity\":1}]}")
                .body("errors[0].field", equalTo("body"));
    }

    @Test
    void rejectsACartOfMoreThanOneHundredItems() {
        String items = IntStream.range(0, 101)
                .mapToObj(i -> "{\"sku\":\"SKU-%06d\",\"quantity\":1}".formatted(i))
                .collect(Collectors.joining(","));
        rejected("{\"userId\":\"u-1\",\"items\":[" + items + "]}").body("errors.field", hasItem("items"));
    }

    @Test
    void listsEveryBrokenRuleAtOnce() {
        rejected("{\"userId\":\"\",\"currency\":\"x\",\"items\":[{\"sku\":\"\",\"quantity\":\"2\"}]}")
                .body("errors.field", hasItem("userId"))
                .body("errors.field", hasItem("currency"))
                .body("errors.field", hasItem("items[0].sku"))
                .body("errors.field", hasItem("items[0].quantity"));
    }

    @Test
    void rejectsARequestTimeoutThatIsNotANumber() {
        checkoutWithBudget("soon").then().statusCode(400)
                .body("errors.field", hasItem("X-Request-Timeout-Ms"));
    }

    @Test
    void answers413WithAProblemForABodyLargerThanAnyCart() {
        String padding = "x".repeat(70 * 1024);
        checkout("{\"userId\":\"u-1\",\"pad\":\"" + padding + "\",\"items\":[{\"sku\":\"S-1\",\"quantity\":1}]}")
                .then().statusCode(413)
                .contentType(ProblemMapper.PROBLEM_JSON)
                .body("type", endsWith("/cart-too-large"));
    }

    @Test
    void answers415ForABodyThatIsNotDeclaredJson() {
        io.restassured.RestAssured.given().contentType("text/plain").body(cart()).post("/checkout")
                .then().statusCode(415)
                .contentType(ProblemMapper.PROBLEM_JSON)
                .body("status", equalTo(415));
    }

    @Test
    void answers405WithAProblemForOtherMethods() {
        io.restassured.RestAssured.given().get("/checkout")
                .then().statusCode(405)
                .contentType(ProblemMapper.PROBLEM_JSON);
    }

    @Test
    void neverEchoesAStackTrace() {
        rejected("{\"userId\":").body(not(containsString("Exception"))).body(not(containsString("at dev.")));
    }

    private static ValidatableResponse rejected(String body) {
        return checkout(body).then()
                .statusCode(400)
                .contentType(ProblemMapper.PROBLEM_JSON)
                .body("type", endsWith("/invalid-cart"))
                .body("title", equalTo("Invalid cart"))
                .body("status", equalTo(400))
                .body("detail", not(equalTo(null)));
    }

    private static io.restassured.response.Response checkoutWithBudget(String budget) {
        return io.restassured.RestAssured.given().contentType("application/json")
                .header("X-Request-Timeout-Ms", budget).body(cart()).post("/checkout");
    }
}
