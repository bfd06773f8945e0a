package communique.solr;

import communique.search.UserQueryParser;

import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.PhraseQuery;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TermRangeQuery;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class SolrQuerySyntaxTest {

    @Test
    void writesTheParsedQueryWithBoostsOperatorsAndAnalysedTerms() {
        assertThat(SolrQuerySyntax.render(EmbeddedReference.parse("Ministers talks -sanctions")))
                .isEqualTo("(+((title:minist)^2.0 (body:minist)^1.0) +((title:talk)^2.0 (body:talk)^1.0)"
                        + " -((title:sanction)^2.0 (body:sanction)^1.0))");
    }

    @Test
    void writesPhrasesPrefixesAndFields() {
        assertThat(SolrQuerySyntax.render(EmbeddedReference.parse("\"foreign minister\"")))
                .isEqualTo("((title:\"foreign minist\")^2.0 (body:\"foreign minist\")^1.0)");
        assertThat(SolrQuerySyntax.render(EmbeddedReference.parse("sanct*"))).isEqualTo("((title:sanct*)^2.0 (body:sanct*)^1.0)");
        assertThat(SolrQuerySyntax.render(new TermQuery(new Term("role", "interior minister"))))
                .isEqualTo("role_lc:interior\\ minister");
    }

    @Test
    void escapesEverythingTheUserTyped() {
        String rendered = SolrQuerySyntax.render(new TermQuery(new Term("official", "x} OR {!join from=id to=id}*:*")));

        assertThat(rendered).isEqualTo("official:x\\}\\ OR\\ \\{\\!join\\ from=id\\ to=id\\}\\*\\:\\*");
    }

    @Test
    void keepsWhatMatchesNothingInLuceneMatchingNothingInSolr() {
        BooleanQuery onlyNot = new BooleanQuery.Builder().add(new TermQuery(new Term("body", "war")), Occur.MUST_NOT).build();

        assertThat(SolrQuerySyntax.render(onlyNot)).isEqualTo(SolrQuerySyntax.NOTHING);
        assertThat(SolrQuerySyntax.render(new BooleanQuery.Builder().build())).isEqualTo(SolrQuerySyntax.NOTHING);
    }

    @Test
    void sendsWhatTheAppsGrammarMakesOfAQueryThatOnlyExcludesSoBothBackendsAnswerAlike() {
        assertThat(SolrQuerySyntax.render(UserQueryParser.parseUserQuery("NOT sanctions")))
                .isEqualTo("(-((title:sanction)^2.0 (body:sanction)^1.0) +*:*)");
        assertThat(SolrQuerySyntax.render(UserQueryParser.parseUserQuery("\uFF53\uFF41\uFF4E\uFF43\uFF54\uFF49\uFF4F\uFF4E\uFF53")))
                .isEqualTo("((title:sanction)^2.0 (body:sanction)^1.0)");
    }

    @Test
    void widensAPhraseGapLeftByAStopWordIntoSlop() {
        PhraseQuery gap = new PhraseQuery.Builder().add(new Term("body", "minist"), 0).add(new Term("body", "interior"), 2).build();

        assertThat(SolrQuerySyntax.render(gap)).isEqualTo("body:\"minist interior\"~1");
    }

    @Test
    void refusesQueryTypesTheGrammarNeverMakes() {
        assertThatThrownBy(() -> SolrQuerySyntax.render(TermRangeQuery.newStringRange("body", "a", "z", true, true)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("TermRangeQuery");
    }
}
