package io.skillstudio.evaluator.judge.cost;

import static org.assertj.core.api.Assertions.assertThat;

import io.skillstudio.evaluator.trace.ModelTurn;
import io.skillstudio.evaluator.trace.TraceEvent;
import java.util.List;
import org.junit.jupiter.api.Test;

class TraceCostsTest {

    private static ModelTurn turn(boolean cacheHit, long in, long out) {
        return new ModelTurn(
                "e",
                null,
                null,
                null,
                "2026-01-01T00:00:00Z",
                5,
                0,
                "judge",
                "m",
                1,
                List.of(),
                List.of(),
                "auto",
                "",
                List.of(),
                "stop",
                in,
                out,
                1,
                cacheHit,
                "k",
                null);
    }

    @Test
    void cacheHitTokensAreCountedApartFromSpentTokensLikeTheCostMeter() {
        List<TraceEvent> events = List.of(turn(false, 100, 10), turn(true, 200, 20));

        CallCost fromTrace = TraceCosts.of(events, 50);
        CostMeter meter = new CostMeter();
        meter.modelCall(5, 100, 10);
        meter.cacheHit(200, 20);
        CallCost live = meter.snapshot();

        assertThat(fromTrace.tokensIn()).isEqualTo(100).isEqualTo(live.tokensIn());
        assertThat(fromTrace.tokensOut()).isEqualTo(10).isEqualTo(live.tokensOut());
        assertThat(fromTrace.cachedTokensIn()).isEqualTo(200).isEqualTo(live.cachedTokensIn());
        assertThat(fromTrace.cachedTokensOut()).isEqualTo(20).isEqualTo(live.cachedTokensOut());
        assertThat(fromTrace.cacheHits()).isEqualTo(1);
    }
}
