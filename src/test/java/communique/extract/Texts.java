package communique.extract;

import communique.article.Article;

import java.util.List;

/** Runs the extractor on a few sentences of text. */
final class Texts {

    private static final EntityExtractor EXTRACTOR = new EntityExtractor();

    private Texts() {
    }

    static ExtractedArticle extract(String body) {
        return EXTRACTOR.extract(new Article("t", body.lines().findFirst().orElse("t"), body, null, null, "test", null));
    }

    static List<String> names(String body) {
        return extract(body).officials().stream().map(Official::name).toList();
    }

    static List<String> codes(String body) {
        return extract(body).countries().stream().map(Country::code).toList();
    }

    static Official only(String body) {
        List<Official> officials = extract(body).officials();
        if (officials.size() != 1) {
            throw new AssertionError("expected one official in <" + body + "> but got " + officials);
        }
        return officials.get(0);
    }
}
