package communique.search;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class SnippetsTest {

    @Test
    void leadIsShortCutAtAWordAndEscaped() {
        String body = "<b>Talks</b> & \"news\"\n\n" + "word ".repeat(100);
        String lead = Snippets.lead(body);
        assertThat(lead).startsWith("&lt;b&gt;Talks&lt;&#x2F;b&gt; &amp; &quot;news&quot; word word").endsWith("word…");
        assertThat(lead.length()).isLessThan(300);
        assertThat(Snippets.lead("Short text.")).isEqualTo("Short text.");
    }
}
