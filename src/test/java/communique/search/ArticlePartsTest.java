package communique.search;

import org.junit.jupiter.api.Test;

import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Long bodies are cut into bounded parts at paragraph breaks (else spaces), and the parts together are the body. */
class ArticlePartsTest {

    @Test
    void aNewsArticleIsOnePart() {
        ArticleParts.Part part = ArticleParts.of("ISLAMABAD: talks resumed.\n\nThe envoy said so.", 1);

        assertThat(part.count()).isEqualTo(1);
        assertThat(part.text()).isEqualTo("ISLAMABAD: talks resumed.\n\nThe envoy said so.");
    }

    @Test
    void aLongBodyIsCutAtParagraphsIntoBoundedPartsThatTogetherAreTheBody() {
        StringBuilder body = new StringBuilder();
        Random random = new Random(1);
        while (body.length() < 1_000_000) {
            body.append("word ".repeat(1 + random.nextInt(400)).strip()).append(".\n\n");
        }
        String text = body.toString().strip();
        int count = ArticleParts.of(text, 1).count();
        StringBuilder joined = new StringBuilder();
        for (int n = 1; n <= count; n++) {
            ArticleParts.Part part = ArticleParts.of(text, n);
            assertThat(part.text().length()).isLessThanOrEqualTo(ArticleParts.PART_CHARS);
            assertThat(part.text()).endsWith(".");
            joined.append(n == 1 ? "" : "\n\n").append(part.text());
        }
        assertThat(count).isBetween(20, 40);
        assertThat(joined.toString()).isEqualTo(text);
    }

    @Test
    void oneHugeParagraphIsCutAtSpacesAndWithoutSpacesAnywhere() {
        String words = "talks ".repeat(30_000).strip();
        assertThat(ArticleParts.of(words, 1).text()).endsWith("talks");
        String solid = "x".repeat(120_000);
        assertThat(ArticleParts.of(solid, 3).text()).hasSize(20_000);
        String emoji = "\uD83D\uDE00".repeat(40_000);
        String first = ArticleParts.of(emoji, 1).text();
        assertThat(Character.isHighSurrogate(first.charAt(first.length() - 1))).as("no pair split").isFalse();
    }

    @Test
    void aPartBeyondTheLastIsRefusedWithTheCount() {
        assertThatThrownBy(() -> ArticleParts.of("short", 2)).isInstanceOf(InvalidRequestException.class)
                .hasMessage("This article has 1 part; there is no part 2.");
        assertThatThrownBy(() -> ArticleParts.of("short", 0)).isInstanceOf(InvalidRequestException.class);
    }
}
