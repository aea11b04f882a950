package dev.gateway.resilience;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class RetryBudgetTest {

    @Test
    void startsEmptySoTheFirstFailureIsNotRetried() {
        RetryBudget budget = new RetryBudget(0.1, 10);

        budget.recordCall();

        assertFalse(budget.tryRetry());
    }

    @Test
    void earnsOneRetryPerTenCalls() {
        RetryBudget budget = new RetryBudget(0.1, 10);

        for (int i = 0; i < 10; i++) {
            budget.recordCall();
        }

        assertTrue(budget.tryRetry());
        assertFalse(budget.tryRetry());
    }

    @Test
    void neverLetsRetriesExceedTheRatioOfCalls() {
        RetryBudget budget = new RetryBudget(0.1, 10);
        int retries = 0;

        // Every call fails and asks for two retries: the budget alone decides.
        for (int call = 0; call < 1000; call++) {
            budget.recordCall();
            retries += budget.tryRetry() ? 1 : 0;
            retries += budget.tryRetry() ? 1 : 0;
        }

        assertEquals(100, retries);
    }

    @Test
    void savesUpNoMoreThanTheBurstDuringCalm() {
        RetryBudget budget = new RetryBudget(0.1, 3);

        for (int i = 0; i < 1000; i++) {
            budget.recordCall();
        }

        assertEquals(3, budget.available());
    }

    @Test
    void resetEmptiesTheBudget() {
        RetryBudget budget = new RetryBudget(0.5, 10);
        budget.recordCall();
        budget.recordCall();

        budget.reset();

        assertEquals(0, budget.available());
    }

    @Test
    void refusesARatioOutsideZeroToOne() {
        assertThrows(IllegalArgumentException.class, () -> new RetryBudget(1.5, 10));
        assertThrows(IllegalArgumentException.class, () -> new RetryBudget(0.1, 0));
    }
}
