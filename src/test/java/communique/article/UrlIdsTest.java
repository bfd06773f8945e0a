package communique.article;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class UrlIdsTest {

    @Test
    void oneArticleWhateverSchemeWwwPortFragmentOrTrackingTheLinkCarries() {
        String id = UrlIds.idOf("https://www.dawn.example/news/1234/talks?page=2");
        assertThat(id).matches("dawn\\.example-news-1234-talks-page-2-[0-9a-f]{12}");
        assertThat(UrlIds.idOf("http://DAWN.example:80/news/1234/talks?utm_source=rss&page=2#comments")).isEqualTo(id);
        assertThat(UrlIds.idOf("https://dawn.example:443/news/1234/talks?page=2&fbclid=abc")).isEqualTo(id);
        assertThat(UrlIds.idOf("https://dawn.example/news/1234/talks?page=3")).isNotEqualTo(id);
        assertThat(UrlIds.idOf("https://dawn.example/news/1234/Talks?page=2")).as("path case matters to servers")
                .isNotEqualTo(id).startsWith("dawn.example-news-1234-talks-page-2-");
    }

    @Test
    void idsAreShortAndSafeInAPathSegmentWhateverTheAddress() {
        String longUrl = "https://example.org/" + "very-long-segment/".repeat(40) + "?q=" + "x".repeat(500);
        String hostile = "https://example.org/a b/\u0000\u202e/../%2F?x=<script>\n";
        for (String url : new String[]{longUrl, hostile, "https://example.org/", "https://\u0645\u062b\u0627\u0644.example/\u062e\u0628\u0631"}) {
            assertThat(UrlIds.idOf(url)).matches("[a-z0-9.-]{1,90}").doesNotStartWith("-").doesNotStartWith(".");
        }
        assertThat(UrlIds.idOf(hostile)).isNotEqualTo(UrlIds.idOf("https://example.org/a b/"));
    }
}
