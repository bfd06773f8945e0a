package communique.feed;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpHeaders;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * GETs a feed or a page with java.net.http, bounded every way a server can misbehave: redirects are followed by hand
 * (at most five, a loop named as one, only http and https), the whole exchange, body included, has a deadline (a
 * server that trickles bytes is cut off), and the body has a size limit ({@link CappedBody}). Thread-safe.
 */
final class HttpFetcher {

    /** A response as received: the address it finally came from, status, headers, body. */
    record Fetched(URI uri, int status, HttpHeaders headers, byte[] body) {
    }

    static final String USER_AGENT = "Communique/0.1 (feed follower)";
    private static final int MAX_REDIRECTS = 5;

    private final HttpClient client;
    private final Duration timeout;

    HttpFetcher(Duration timeout) {
        this.timeout = timeout;
        this.client = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER)
                .connectTimeout(timeout).build();
    }

    /**
     * GETs {@code uri} with the given extra headers (If-None-Match, If-Modified-Since), following redirects.
     *
     * @throws FetchException when the address cannot be fetched; a 4xx/5xx status is not an exception here
     */
    Fetched get(URI uri, Map<String, String> headers, long maxBytes) throws FetchException, InterruptedException {
        List<URI> chain = new ArrayList<>(List.of(uri));
        URI current = uri;
        for (int hop = 0; ; hop++) {
            checkScheme(current);
            Fetched response = once(current, headers, maxBytes);
            String location = response.headers().firstValue("Location").orElse(null);
            if (!isRedirect(response.status()) || location == null) {
                return response;
            }
            URI next = resolve(current, location);
            if (chain.contains(next)) {
                throw new FetchException(uri + ": redirect loop (" + describe(chain) + " -> " + next + ")", true);
            }
            if (hop + 1 > MAX_REDIRECTS) {
                throw new FetchException(uri + ": more than " + MAX_REDIRECTS + " redirects (" + describe(chain) + ")", true);
            }
            chain.add(next);
            current = next;
        }
    }

    private Fetched once(URI uri, Map<String, String> headers, long maxBytes) throws FetchException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(uri).timeout(timeout).GET()
                .header("User-Agent", USER_AGENT).header("Accept", "application/rss+xml, application/atom+xml, "
                        + "application/xml;q=0.9, text/html;q=0.9, */*;q=0.5");
        headers.forEach(request::header);
        CompletableFuture<HttpResponse<byte[]>> future = client.sendAsync(request.build(), CappedBody.handler(maxBytes));
        try {
            HttpResponse<byte[]> response = future.get(timeout.toMillis(), TimeUnit.MILLISECONDS);
            byte[] body = response.body() == null ? new byte[0] : response.body();
            return new Fetched(uri, response.statusCode(), response.headers(), body);
        } catch (TimeoutException e) {
            future.cancel(true);
            throw new FetchException(uri + ": no complete answer within " + timeout.toSeconds() + " s", false, e);
        } catch (ExecutionException e) {
            throw failed(uri, e.getCause(), maxBytes);
        }
    }

    private FetchException failed(URI uri, Throwable cause, long maxBytes) {
        for (Throwable t = cause; t != null; t = t.getCause()) {
            if (t instanceof CappedBody.TooLarge) {
                return new FetchException(uri + ": larger than " + maxBytes + " bytes (" + t.getMessage()
                        + "), not read past that", true, cause);
            }
            if (t instanceof HttpConnectTimeoutException) {
                return new FetchException(uri + ": cannot connect within " + timeout.toSeconds() + " s", false, cause);
            }
            if (t instanceof HttpTimeoutException) {
                return new FetchException(uri + ": no complete answer within " + timeout.toSeconds() + " s", false, cause);
            }
        }
        String what = cause instanceof IOException && cause.getMessage() != null ? cause.getMessage() : String.valueOf(cause);
        return new FetchException(uri + ": cannot fetch (" + what + ")", false, cause);
    }

    private static void checkScheme(URI uri) throws FetchException {
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals("http") && !scheme.equals("https")) {
            throw new FetchException(uri + ": only http and https addresses are fetched", true);
        }
    }

    private static URI resolve(URI base, String location) throws FetchException {
        try {
            return base.resolve(location.strip());
        } catch (IllegalArgumentException e) {
            throw new FetchException(base + ": redirect to an invalid address (" + location + ")", true, e);
        }
    }

    private static boolean isRedirect(int status) {
        return status == 301 || status == 302 || status == 303 || status == 307 || status == 308;
    }

    private static String describe(List<URI> chain) {
        return String.join(" -> ", chain.stream().map(URI::toString).toList());
    }
}
