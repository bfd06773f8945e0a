package communique.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

class SearchGateTest {

    @Test
    void neverRunsMoreSearchesAtOnceThanItHasPermitsAndRunsThemAll() throws Exception {
        SearchGate gate = new SearchGate(2, 60_000);
        AtomicInteger running = new AtomicInteger();
        AtomicInteger mostAtOnce = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Future<Integer>> answers = new ArrayList<>();
            for (int i = 0; i < 40; i++) {
                int n = i;
                answers.add(pool.submit(() -> gate.run(() -> {
                    mostAtOnce.accumulateAndGet(running.incrementAndGet(), Math::max);
                    sleep(5);
                    running.decrementAndGet();
                    return n;
                })));
            }
            int sum = 0;
            for (Future<Integer> answer : answers) {
                sum += answer.get(30, TimeUnit.SECONDS);
            }
            assertThat(sum).isEqualTo(39 * 40 / 2);
            assertThat(mostAtOnce.get()).isEqualTo(2);
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void aRequestThatCannotGetInWithinTheWaitIsToldTheServerIsBusy() throws Exception {
        SearchGate gate = new SearchGate(1, 50);
        CountDownLatch holding = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        Thread holder = new Thread(() -> gate.run(() -> {
            holding.countDown();
            await(release);
            return null;
        }));
        holder.start();
        assertThat(holding.await(10, TimeUnit.SECONDS)).isTrue();

        assertThatThrownBy(() -> gate.run(() -> "never")).isInstanceOf(ServerBusyException.class)
                .hasMessageContaining("try again");

        release.countDown();
        holder.join(10_000);
        assertThat(gate.run(() -> "after")).as("the permit came back").isEqualTo("after");
    }

    @Test
    void aFailingSearchGivesItsPermitBack() {
        SearchGate gate = new SearchGate(1, 50);
        for (int i = 0; i < 3; i++) {
            assertThatThrownBy(() -> gate.run(() -> {
                throw new InvalidRequestException("refused", null);
            })).isInstanceOf(InvalidRequestException.class);
        }
        assertThat(gate.run(() -> "still open")).isEqualTo("still open");
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
