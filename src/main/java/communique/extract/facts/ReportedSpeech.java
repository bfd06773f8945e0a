package communique.extract.facts;

import communique.extract.Official;

import java.util.regex.Matcher;

/**
 * Speech reported in the writer's words: an official, a speech verb and "that" ("Naqvi said that ...", "the minister
 * informed his counterpart that ..."). The text is the clause after "that" to the sentence's end, without its full
 * stop. A verb without "that" ("He said the two countries ...") is not taken: without the conjunction the clause's
 * end is too often a guess. Nor is speech whose subject is no official ("the delegation said that").
 */
final class ReportedSpeech {

    /** The first reported clause of the sentence outside quotation marks, or null. */
    Quote find(SentenceContext ctx, BodyText text) {
        Sentence s = ctx.sentence();
        Matcher m = SpeechVerbs.REPORTED.matcher(ctx.body()).region(s.start(), s.end());
        while (m.find()) {
            if (text.quoteAround(m.start()) != null) {
                continue;
            }
            Official speaker = ctx.subjectBefore(m.start("verb"));
            if (speaker == null) {
                return null;
            }
            int end = s.end();
            String body = ctx.body();
            while (end > m.end() && (".!?".indexOf(body.charAt(end - 1)) >= 0 || Character.isWhitespace(body.charAt(end - 1)))) {
                end--;
            }
            return end > m.end() ? new Quote(body.substring(m.end(), end), m.end(), QuoteKind.REPORTED, speaker) : null;
        }
        return null;
    }
}
