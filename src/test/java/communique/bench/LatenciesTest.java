package communique.bench;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class LatenciesTest {

    @Test
    void percentilesAreNearestRankInMilliseconds() {
        Latencies l = new Latencies();
        for (int i = 100; i >= 1; i--) {
            l.add(i * 1_000_000L, i * 500_000L);
        }
        assertThat(l.percentileMs(50)).isEqualTo(50.0);
        assertThat(l.percentileMs(99)).isEqualTo(99.0);
        assertThat(l.percentileMs(100)).isEqualTo(100.0);
        assertThat(l.cpuPercentileMs(50)).isEqualTo(25.0);
    }

    @Test
    void qpsIsCountOverSummedServiceTime() {
        Latencies l = new Latencies();
        for (int i = 0; i < 200; i++) {
            l.add(5_000_000L, 5_000_000L);
        }
        assertThat(l.count()).isEqualTo(200);
        assertThat(l.qps()).isCloseTo(200.0, within(1e-9));
    }

    @Test
    void emptyCategoryReportsZeros() {
        assertThat(new Latencies().percentileMs(50)).isZero();
        assertThat(new Latencies().qps()).isZero();
    }
}
