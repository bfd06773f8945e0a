package communique.extract.facts;

import java.util.regex.Pattern;

/**
 * The verbs that attribute words to a speaker, in the three places wire copy puts them: after a quotation
 * ({@code ," he added}), before one ({@code saying, "}) and before reported speech ({@code stressed that}).
 */
final class SpeechVerbs {

    private static final String VERB = "said|says|added|adds|stated|states|remarked|noted|observed|declared|asserted"
            + "|maintained|stressed|emphasi[sz]ed|explained|continued|insisted|warned|recalled|argued|clarified"
            + "|concluded|affirmed|reiterated|pointed out|wrote|tweeted|told|replied|responded|commented|announced";
    /** Who said it: a short phrase without punctuation ("he", "the national security adviser", "Naqvi"). */
    private static final String WHO = "[^,.;:!?\u201C\u201D\"\\n]{1,80}?";

    /** After a closing mark: {@code , he said} / {@code , said Naqvi} / {@code , according to the minister}. */
    static final Pattern AFTER = Pattern.compile("\\A\\s*,?\\s*(?:(?<verb>" + VERB + "|according to)\\s+(?<who>" + WHO
            + ")(?=[\\s,.;:!?]|\\z)|(?<who2>" + WHO + ")\\s+(?:has\\s+|had\\s+|also\\s+|further\\s+|then\\s+)?(?<verb2>"
            + VERB + ")\\b)");

    /** Just before an opening mark: {@code he said, }, {@code saying: }, {@code told reporters: }, {@code went on to say, }. */
    static final Pattern BEFORE = Pattern.compile("\\b(?<verb>" + VERB + "|saying|adding|stating|to say|as saying"
            + "|in a statement|in his remarks|in her remarks)"
            + "(?:\\s*[,:]?|\\s+(?!that\\b)[^,.;:!?\u201C\u201D\"\\n]{1,60}?\\s*[,:])\\s*\\z");

    /** Before reported speech: {@code X stressed that ...}, {@code informed his counterpart that ...}. */
    static final Pattern REPORTED = Pattern.compile("\\b(?<verb>said|says|stated|added|adding|saying|observed|noted"
            + "|stressed|emphasi[sz]ed|underlined|maintained|asserted|reiterated|pointed out|reaffirmed|underscored"
            + "|remarked|explained|insisted|warned|announced|acknowledged|recalled|hoped|believed|claimed|clarified"
            + "|(?:told|informed|assured|apprised|briefed|reminded)\\s+[^,.;:!?\u201C\u201D\"\\n]{1,60}?)"
            + "(?:\\s+(?:on|in|at|during|after|while|today|yesterday|earlier|later|last|this)\\b[^,.;:!?\u201C\u201D\"\\n]{0,40}?)?\\s+that\\s+");

    private SpeechVerbs() {
    }
}
