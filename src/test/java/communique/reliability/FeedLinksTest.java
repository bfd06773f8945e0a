package communique.reliability;

import communique.web.PublicUrl;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

import javax.xml.parsers.DocumentBuilderFactory;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The feed's absolute links come from the server's public address, never from the request: with no Host header
 * (HTTP/1.0) they read {@code http://null/…} before, and a forged Host pointed them (and any cache that kept the
 * feed) elsewhere. Default: the address the connection arrived at; {@code serve --public-url}: that address.
 */
class FeedLinksTest {

    @RegisterExtension
    static final SeedServer direct = new SeedServer();
    @RegisterExtension
    static final SeedServer proxied = new SeedServer(PublicUrl.of("https://news.example.org/communique/"));

    @Test
    void withoutAHostHeaderLinksUseTheAddressTheServerListensOn() throws Exception {
        RawHttp.Response feed = RawHttp.exchange(direct.port(), "GET /search.atom?q=uk HTTP/1.0\r\n\r\n");

        assertThat(feed.status()).isEqualTo(200);
        assertThat(feed.body()).doesNotContain("null");
        assertThat(links(feed.body())).isNotEmpty()
                .allMatch(link -> link.matches("http://(127\\.0\\.0\\.1|\\[[0-9a-f:]+\\]):" + direct.port() + "/.*"));
    }

    @Test
    void aForgedHostNeverReachesTheLinks() throws Exception {
        for (String forged : List.of("Host: evil.example", "Host: evil.example:443\r\nX-Forwarded-Host: evil.example",
                "Host: evil.example\r\nX-Forwarded-Proto: https\r\nForwarded: host=evil.example")) {
            RawHttp.Response feed = RawHttp.exchange(direct.port(),
                    "GET /search.atom HTTP/1.1\r\n" + forged + "\r\nConnection: close\r\n\r\n");
            assertThat(feed.status()).as(forged).isEqualTo(200);
            assertThat(feed.body()).as(forged).doesNotContain("evil.example");
            assertThat(links(feed.body())).as(forged).isNotEmpty().allMatch(link -> link.startsWith("http://"));
        }
    }

    @Test
    void aPublicUrlIsTheStartOfEveryLink() throws Exception {
        RawHttp.Response feed = RawHttp.exchange(proxied.port(),
                "GET /search.atom?country=GB HTTP/1.1\r\nHost: evil.example\r\nConnection: close\r\n\r\n");

        List<String> links = links(feed.body());
        assertThat(links).hasSizeGreaterThan(3)
                .allMatch(link -> link.startsWith("https://news.example.org/communique/"))
                .contains("https://news.example.org/communique/search.atom?country=GB&sort=date",
                        "https://news.example.org/communique/article/janjua-uk");
    }

    @Test
    void aPublicUrlMustBeAnAbsoluteWebAddress() {
        for (String bad : List.of("news.example.org", "ftp://news.example.org", "https://", "https://x/?q=1",
                "https://x/#top", "https://user@x/", "javascript:alert(1)", "http://exa mple.org")) {
            assertThatThrownBy(() -> PublicUrl.of(bad)).as(bad).isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("--public-url");
        }
    }

    /** Every link href and entry id of a feed, parsed as XML. */
    static List<String> links(String atom) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        Document doc = factory.newDocumentBuilder().parse(new ByteArrayInputStream(atom.getBytes(StandardCharsets.UTF_8)));
        List<String> links = new ArrayList<>();
        NodeList hrefs = doc.getElementsByTagNameNS("*", "link");
        for (int i = 0; i < hrefs.getLength(); i++) {
            links.add(((Element) hrefs.item(i)).getAttribute("href"));
        }
        NodeList ids = doc.getElementsByTagNameNS("*", "id");
        for (int i = 0; i < ids.getLength(); i++) {
            links.add(ids.item(i).getTextContent());
        }
        return links;
    }
}
