package communique.extract.facts;

import communique.article.Article;
import communique.extract.ExtractedArticle;
import communique.extract.Official;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Finds the meetings and quotes of an article whose officials are already known. One pass over the sentences in
 * order, carrying the official the story is about (who "he" and "the minister said" refer to). Thread-safe: no
 * state outside one call. Time is linear in the body's length times a small constant per official named.
 */
public final class FactExtractor {

    private final MentionFinder mentionFinder = new MentionFinder();
    private final QuoteFinder quoteFinder = new QuoteFinder();
    private final ReportedSpeech reported = new ReportedSpeech();

    /** The facts of {@code extracted}'s article; never null, with empty lists when it reports none. */
    public ArticleFacts extract(Article article, ExtractedArticle extracted) {
        Objects.requireNonNull(article, "article");
        Objects.requireNonNull(extracted, "extracted");
        BodyText text = new BodyText(article.body());
        List<Mention> mentions = mentionFinder.find(text, Word.of(article.body()), extracted.officials());
        MeetingFinder meetings = new MeetingFinder(article.place(), extracted.date());
        List<MeetingDraft> drafts = new ArrayList<>();
        List<Quote> quotes = new ArrayList<>();
        Official subject = null;
        int m = 0;
        int q = 0;
        for (int i = 0; i < text.sentences.size(); i++) {
            Sentence s = text.sentences.get(i);
            int first = m;
            while (m < mentions.size() && mentions.get(m).start() < s.end()) {
                m++;
            }
            SentenceContext ctx = SentenceContext.of(s, article.body(), mentions.subList(first, m), subject);
            int firstQuote = q;
            while (q < text.quotes.size() && text.quotes.get(q).open() < s.end()) {
                q++;
            }
            List<Quote> said = quotes(ctx, text, text.quotes.subList(firstQuote, q));
            quotes.addAll(said);
            MeetingDraft last = drafts.isEmpty() ? null : drafts.get(drafts.size() - 1);
            if (!Attendance.addTo(last, ctx, i)) {
                MeetingDraft d = meetings.find(ctx, text, i);
                if (d != null && !sameAsEarlier(d, drafts)) {
                    drafts.add(d);
                }
            }
            subject = nextSubject(ctx, said);
        }
        return new ArticleFacts(drafts.stream().map(MeetingDraft::build).toList(), quotes);
    }

    /**
     * Whether an earlier meeting of the article already has all of this one's parties: the story going on about the
     * same meeting ("The prime minister welcomed the Saudi foreign minister ..." after "... called on the prime
     * minister"), not a second one.
     */
    private static boolean sameAsEarlier(MeetingDraft d, List<MeetingDraft> drafts) {
        for (MeetingDraft e : drafts) {
            if (d.participants.stream().allMatch(p -> e.participants.stream().anyMatch(q -> q.key().equals(p.key())))) {
                return true;
            }
        }
        return false;
    }

    private List<Quote> quotes(SentenceContext ctx, BodyText text, List<QuoteSpan> spans) {
        List<Quote> out = new ArrayList<>(quoteFinder.find(ctx, spans));
        Quote r = reported.find(ctx, text);
        if (r != null) {
            out.add(r);
            out.sort(java.util.Comparator.comparingInt(Quote::start));
        }
        return out;
    }

    /**
     * Who the next sentence's "he" is: this sentence's last speaker, else its first named official unless it opened
     * with a pronoun (then the subject stays who it was).
     */
    private static Official nextSubject(SentenceContext ctx, List<Quote> said) {
        for (int i = said.size() - 1; i >= 0; i--) {
            if (said.get(i).speaker() != null) {
                return said.get(i).speaker();
            }
        }
        List<Mention> ms = ctx.mentions();
        if (ms.isEmpty() || ms.get(0).pronoun()) {
            return ctx.lastSubject();
        }
        return ms.get(0).official();
    }
}
