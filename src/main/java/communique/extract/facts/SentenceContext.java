package communique.extract.facts;

import communique.extract.Official;

import java.util.List;

/**
 * One sentence with the references to officials in it (outside quotation marks) and the official the story was last
 * about, which is who a pronoun opening the sentence refers to.
 *
 * @param sentence    the sentence
 * @param body        the article's body
 * @param mentions    references inside the sentence, in order
 * @param lastSubject the official of the previous sentences' subject or last speaker, or null
 * @param firstNamed  index of the first mention that names an official (not a pronoun); the size when none does
 */
record SentenceContext(Sentence sentence, String body, List<Mention> mentions, Official lastSubject, int firstNamed) {

    static SentenceContext of(Sentence sentence, String body, List<Mention> mentions, Official lastSubject) {
        int named = 0;
        while (named < mentions.size() && mentions.get(named).pronoun()) {
            named++;
        }
        return new SentenceContext(sentence, body, mentions, lastSubject, named);
    }

    /** A preposition or verb before a reference, with the determiners and nationality words between. */
    private static final java.util.regex.Pattern GOVERNOR = java.util.regex.Pattern.compile(
            "\\b(?:with|by|to|of|from|on|for|at|in|and|as|than|about|against|between|met|meeting|called|received"
            + "|told|informed|urged|thanked|welcomed|predecessor|successor)\\s+(?:(?:the|his|her|their|its|a|an)\\s+)?"
            + "(?:[\\p{L}\u2019']+['\u2019]s\\s+)?(?:\\p{Lu}[\\p{L}'\u2019-]*\\s+){0,3}\\z");

    private static final java.util.regex.Pattern RELATIVE = java.util.regex.Pattern.compile(
            "\\s*,\\s*who\\s+(?:also\\s+|later\\s+|then\\s+|has\\s+|had\\s+)?");

    /** An opening participle or preposition ("Recalling", "During", "Responding to"). */
    private static final java.util.regex.Pattern INTRO = java.util.regex.Pattern.compile(
            "(?:\\p{Lu}\\p{Ll}+ing|During|After|Before|While|In|On|At|Following|Regarding|Over|About|Besides)\\b");

    String text() {
        return sentence.text(body);
    }

    /** The official a pronoun at {@code offset} refers to: the sentence's own subject before it, else the story's. */
    Official pronoun(int offset) {
        Mention named = firstNamed < mentions.size() ? mentions.get(firstNamed) : null;
        return named != null && named.start() < offset ? named.official() : lastSubject;
    }

    /**
     * The subject of a clause ending at {@code offset} (a speech verb): the reference nearest before it that is not
     * the object of a preposition or verb ("with her predecessor Theresa May", "X and Y", "who met Y"), a pronoun
     * resolved; else the clause's first reference; null when the clause names no official. The clause starts after
     * an opening phrase ("Recalling ...,") and after the last semicolon before {@code offset}.
     */
    Official subjectBefore(int offset) {
        int clauseStart = Math.max(introEnd(), body.lastIndexOf(';', offset) + 1);
        Mention relative = relativeSubject(offset, clauseStart);
        if (relative != null) {
            return relative.official();
        }
        Mention first = null;
        for (int i = firstAtOrAfter(offset) - 1; i >= 0; i--) {
            Mention m = mentions.get(i);
            if (m.start() < clauseStart) {
                break;
            }
            first = m;
            if (!governed(m.start(), clauseStart)) {
                return m.pronoun() ? pronoun(m.start()) : m.official();
            }
        }
        return first == null ? null : first.pronoun() ? pronoun(first.start()) : first.official();
    }

    /** "..., Chinese President Xi Jinping, who said that": the official right before ", who" speaks. */
    private Mention relativeSubject(int verb, int clauseStart) {
        for (int i = firstAtOrAfter(verb) - 1; i >= 0; i--) {
            Mention m = mentions.get(i);
            if (m.end() <= verb && m.start() >= clauseStart) {
                boolean who = RELATIVE.matcher(body.substring(m.end(), verb)).matches();
                return who && !m.pronoun() ? m : null;
            }
        }
        return null;
    }

    /** Whether the word before {@code start}, past determiners and titles, is a preposition or a verb. */
    private boolean governed(int start, int clauseStart) {
        java.util.regex.Matcher m = GOVERNOR.matcher(body).region(Math.max(clauseStart, start - 60), start);
        return m.find();
    }

    /**
     * Where the subject's part of the sentence begins: after an opening phrase such as "Recalling his work with
     * Theresa May," or "During the meeting,", whose officials are not the ones speaking.
     */
    private int introEnd() {
        String t = text();
        java.util.regex.Matcher m = INTRO.matcher(t);
        if (m.lookingAt()) {
            int comma = t.indexOf(',', m.end());
            if (comma > 0) {
                return sentence.start() + comma + 1;
            }
        }
        return sentence.start();
    }

    /** The first reference within {@code [from, to)}, a pronoun resolved; null when there is none. */
    Official firstIn(int from, int to) {
        for (int i = firstAtOrAfter(from); i < mentions.size() && mentions.get(i).start() < to; i++) {
            Mention m = mentions.get(i);
            if (m.end() <= to) {
                return m.pronoun() ? pronoun(m.start()) : m.official();
            }
        }
        return null;
    }

    /** The first reference that starts within {@code [from, to)}, a pronoun resolved; null when there is none. */
    Official firstStartingIn(int from, int to) {
        int i = firstAtOrAfter(from);
        if (i < mentions.size()) {
            Mention m = mentions.get(i);
            if (m.start() < to) {
                return m.pronoun() ? pronoun(m.start()) : m.official();
            }
        }
        return null;
    }

    /** Whether any reference (a pronoun included) lies within {@code [from, to)}. */
    boolean refersWithin(int from, int to) {
        int i = firstAtOrAfter(from);
        return i < mentions.size() && mentions.get(i).end() <= to;
    }

    /** Index of the first mention starting at or after {@code offset}: mentions are sorted, so a binary search. */
    private int firstAtOrAfter(int offset) {
        int lo = 0;
        int hi = mentions.size();
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (mentions.get(mid).start() < offset) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }
}
