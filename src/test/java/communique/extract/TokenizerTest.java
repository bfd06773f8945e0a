package communique.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class TokenizerTest {

    private static List<String> texts(String text) {
        return Tokenizer.tokenize(text).stream().map(Token::text).toList();
    }

    @Test
    void splitsWordsPunctuationPossessivesAndDottedAbbreviations() {
        assertThat(texts("Pakistan’s envoy met U.S. officials, the self-styled “hawks”.\n\nTalks end."))
                .containsExactly("Pakistan", "'s", "envoy", "met", "U.S.", "officials", ",", "the", "self-styled", "“",
                        "hawks", "”", ".", "\n", "Talks", "end", ".");
    }

    @Test
    void aCurlyApostropheInsideAWordIsTheStraightOneAndBothShareTheirToken() {
        List<Token> tokens = Tokenizer.tokenize("Envoy O’Brien met O'Brien.");
        assertThat(tokens.get(1)).isEqualTo(tokens.get(3));
        assertThat(tokens.get(1).text()).isEqualTo("O'Brien");
    }

    @Test
    void repeatedWordsGetTheSameWordClassesAsTheirFirstOccurrence() {
        List<Token> tokens = Tokenizer.tokenize("the British envoy and the British minister");
        assertThat(tokens.get(0).flags()).isEqualTo(tokens.get(4).flags()).isEqualTo(Lexicon.get().flags("the"));
        assertThat(tokens.get(1).has(Lexicon.COUNTRY)).isTrue();
        assertThat(tokens.get(5).has(Lexicon.COUNTRY)).isTrue();
        assertThat(tokens.get(1).lower()).isEqualTo("british");
    }

    @Test
    void marksSentenceStartsButNotAfterTitlesAbbreviationsOrInitials() {
        List<Token> tokens = Tokenizer.tokenize("Talks ended. Dr. Faisal met J. Smith: Envoys left");
        assertThat(tokens).filteredOn(Token::sentenceStart).extracting(Token::text).containsExactly("Talks", "Dr", "Envoys");
    }

    @Test
    void marksOnlyTheWordsOfAShoutedLine() {
        List<Token> tokens = Tokenizer.tokenize("PM MEETS US ENVOY IN DOHA\nThe us and them of it");
        assertThat(tokens).filteredOn(Token::shouting).extracting(Token::text)
                .containsExactly("PM", "MEETS", "US", "ENVOY", "IN", "DOHA");
    }

    @Test
    void blankLinesGiveOneBreakToken() {
        assertThat(texts("\n\nOne\n\n\nTwo\n")).containsExactly("\n", "One", "\n", "Two", "\n");
    }

    @Test
    void keepsManyDistinctWordsApartWhenTheWordTableGrows() {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < 5_000; i++) {
            text.append("w").append(i).append(i % 2 == 0 ? " Word" : " word").append(i).append(' ');
        }
        List<Token> tokens = Tokenizer.tokenize(text.toString());
        assertThat(tokens).hasSize(10_000);
        for (int i = 0; i < 5_000; i++) {
            assertThat(tokens.get(2 * i).text()).isEqualTo("w" + i);
            assertThat(tokens.get(2 * i + 1).text()).isEqualTo((i % 2 == 0 ? "Word" : "word") + i);
        }
    }
}
