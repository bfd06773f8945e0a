package communique.export;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class SnippetTextTest {

    @Test
    void marksAreRemovedAndTheEscapedTextComesBack() {
        assertThat(SnippetText.plain("<mark>Naqvi</mark> said &lt;script&gt; &amp; &quot;more&quot; &#x27;s &#x2F; &#39; &apos;"))
                .isEqualTo("Naqvi said <script> & \"more\" 's / ' '");
    }

    @Test
    void anEscapedEntityStaysTextAndUnknownOnesAreKept() {
        assertThat(SnippetText.plain("&amp;lt; &nbsp; &#0; &#xD800; &#x1F600;")).isEqualTo("&lt; &nbsp; &#0; &#xD800; 😀");
    }

    @Test
    void noSnippetIsNoSnippet() {
        assertThat(SnippetText.plain(null)).isNull();
    }
}
