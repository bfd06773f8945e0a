package communique.extract.facts;

import java.util.List;

/**
 * The meetings and quotes of one article, each in order of appearance.
 *
 * @param meetings meetings reported as having happened
 * @param quotes   direct and reported quotes
 */
public record ArticleFacts(List<Meeting> meetings, List<Quote> quotes) {

    public ArticleFacts {
        meetings = List.copyOf(meetings);
        quotes = List.copyOf(quotes);
    }
}
