package communique.feed;

import java.io.ByteArrayOutputStream;
import java.net.http.HttpResponse;
import java.nio.ByteBuffer;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.Flow;

/**
 * A response body kept in memory up to a limit: a body declared larger is refused before it is read, and one that
 * grows past the limit while streaming is cancelled there, so a 50 MB page or an endless stream costs at most the
 * limit.
 */
final class CappedBody implements HttpResponse.BodySubscriber<byte[]> {

    /** Thrown (wrapped) when the body is over the limit. */
    static final class TooLarge extends RuntimeException {
        TooLarge(String message) {
            super(message);
        }
    }

    private final long limit;
    private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    private final CompletableFuture<byte[]> result = new CompletableFuture<>();
    private Flow.Subscription subscription;

    private CappedBody(long limit) {
        this.limit = limit;
    }

    /**
     * A handler that caps bodies at {@code limit}; a body whose Content-Length is over it is not read at all: the
     * exchange fails at once with {@link TooLarge} and the connection is dropped.
     */
    static HttpResponse.BodyHandler<byte[]> handler(long limit) {
        return info -> {
            long declared = info.headers().firstValueAsLong("Content-Length").orElse(-1);
            if (declared > limit && !isRedirect(info.statusCode())) {
                throw new TooLarge("declares " + declared + " bytes");
            }
            return new CappedBody(limit);
        };
    }

    private static boolean isRedirect(int status) {
        return status / 100 == 3;
    }

    @Override
    public CompletionStage<byte[]> getBody() {
        return result;
    }

    @Override
    public void onSubscribe(Flow.Subscription s) {
        subscription = s;
        s.request(Long.MAX_VALUE);
    }

    @Override
    public void onNext(List<ByteBuffer> buffers) {
        if (result.isDone()) {
            return;
        }
        for (ByteBuffer buffer : buffers) {
            if (bytes.size() + (long) buffer.remaining() > limit) {
                subscription.cancel();
                result.completeExceptionally(new TooLarge("the body went on past the limit"));
                return;
            }
            byte[] chunk = new byte[buffer.remaining()];
            buffer.get(chunk);
            bytes.writeBytes(chunk);
        }
    }

    @Override
    public void onError(Throwable t) {
        result.completeExceptionally(t);
    }

    @Override
    public void onComplete() {
        result.complete(bytes.toByteArray());
    }
}
