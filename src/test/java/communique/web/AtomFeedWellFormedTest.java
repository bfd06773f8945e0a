package communique.web;

import communique.article.HostileText;
import communique.reliability.StrictXml;
import communique.search.FacetCounts;
import communique.search.Hit;
import communique.search.SearchResult;

import org.junit.jupiter.api.Test;
import org.xml.sax.SAXParseException;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every feed is well-formed XML whatever the stored text and the query hold: 10,000 random hostile strings (every
 * C0 and C1 control, U+FFFE, U+FFFF, lone surrogates, markup characters) as titles, snippets, places and the query,
 * each feed encoded to UTF-8 with no replacement and parsed by the JDK's strict parser. Before the fix, a single
 * U+0001 made the feed a 200 answer that every feed reader rejects.
 */
class AtomFeedWellFormedTest {

    private static final int STRINGS = 10_000;

    @Test
    void everyFeedIsWellFormedOverTenThousandHostileStrings() throws Exception {
        HostileText hostile = new HostileText(3);
        int strings = 0;
        int feeds = 0;
        while (strings < STRINGS) {
            List<Hit> hits = new ArrayList<>();
            for (int i = 0; i < 10; i++) {
                hits.add(new Hit("id" + i, hostile.next(20), LocalDate.of(2024, 1, 1 + i), hostile.next(5),
                        hostile.next(40), List.of(), List.of(), "/article/id" + i));
                strings += 3;
            }
            String query = hostile.next(20);
            strings++;
            SearchResult result = new SearchResult(10, 1, query, 1, 10, "date", hits, FacetCounts.EMPTY, null);
            String atom = AtomFeed.write(result, "Communiqué: " + query, "http://127.0.0.1:7070",
                    "/search.atom?q=x", "/search?q=x");
            StrictXml.parse(atom);
            feeds++;
        }
        assertThat(feeds).isGreaterThan(300);
    }

    @Test
    void theStrictParserRejectsAControlCharacter() {
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> StrictXml.parse("<feed>\u0001</feed>"))
                .isInstanceOf(SAXParseException.class);
    }
}
