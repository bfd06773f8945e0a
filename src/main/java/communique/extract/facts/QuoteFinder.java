package communique.extract.facts;

import communique.extract.Official;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;

/**
 * Direct quotations and their speakers. A quotation counts only with an attribution beside it (a speech verb just
 * before the opening mark or just after the closing one): marks around a word or two without one are the writer's
 * scare quotes ("a 'safe abode'"), not a quotation. The speaker is the official named in the attribution, by name
 * or by role; a pronoun is the sentence's or the story's last subject.
 */
final class QuoteFinder {

    /** How far around a quotation its attribution may stand. */
    private static final int WINDOW = 160;

    /** The quotes whose opening marks fall inside the sentence, each with its speaker (null when unnamed). */
    List<Quote> find(SentenceContext ctx, List<QuoteSpan> spans) {
        List<Quote> out = new ArrayList<>();
        Official last = null;
        for (QuoteSpan span : spans) {
            Attribution a = attribution(ctx, span, last);
            if (a == null) {
                continue;
            }
            Quote q = quote(ctx.body(), span, a.speaker());
            if (q != null) {
                out.add(q);
                last = a.speaker() != null ? a.speaker() : last;
            }
        }
        return out;
    }

    private record Attribution(Official speaker) {
    }

    private Attribution attribution(SentenceContext ctx, QuoteSpan span, Official previousInSentence) {
        String body = ctx.body();
        if (span.closed() && endsLikeSpeech(body, span)) {
            int to = Math.min(ctx.sentence().end(), span.close() + 1 + WINDOW);
            Matcher m = SpeechVerbs.AFTER.matcher(body).region(span.close() + 1, to);
            if (m.lookingAt()) {
                return new Attribution(afterSpeaker(ctx, m, previousInSentence));
            }
        }
        int from = Math.max(ctx.sentence().start(), span.open() - WINDOW);
        Matcher b = SpeechVerbs.BEFORE.matcher(body).region(from, span.open());
        if (b.find()) {
            Official who = ctx.subjectBefore(b.start("verb"));
            return new Attribution(who != null ? who : previousInSentence);
        }
        return null;
    }

    /**
     * The speaker of an attribution after the quotation: the reference in "he said" / "the minister said", or the one
     * that starts right after the verb in "said British Foreign Secretary David Cameron after talks with ...".
     */
    private static Official afterSpeaker(SentenceContext ctx, Matcher m, Official previousInSentence) {
        if (m.group("who") != null) {
            return ctx.firstStartingIn(m.end("verb"), m.end("verb") + 2 + m.group("who").length() + 40);
        }
        Official who = ctx.firstIn(m.start("who2"), m.end("who2"));
        boolean named = who != null || !ctx.refersWithin(m.start("who2"), m.end("who2"));
        return named ? who : previousInSentence;
    }

    /** The words before a closing mark end a clause: {@code ,"} / {@code ."} / {@code ?"}, or a comma follows. */
    private static boolean endsLikeSpeech(String body, QuoteSpan span) {
        char last = body.charAt(Math.max(span.open(), span.close() - 1));
        boolean punct = last == ',' || last == '.' || last == '!' || last == '?' || last == '\u2026';
        return punct || (span.close() + 1 < body.length() && body.charAt(span.close() + 1) == ',');
    }

    /** The quotation's text without its marks, surrounding spaces or a trailing comma; null when empty. */
    private static Quote quote(String body, QuoteSpan span, Official speaker) {
        int s = span.textStart();
        int e = span.close();
        while (s < e && Character.isWhitespace(body.charAt(s))) {
            s++;
        }
        while (e > s && (Character.isWhitespace(body.charAt(e - 1)) || body.charAt(e - 1) == ',')) {
            e--;
        }
        return e > s ? new Quote(body.substring(s, e), s, QuoteKind.DIRECT, speaker) : null;
    }
}
