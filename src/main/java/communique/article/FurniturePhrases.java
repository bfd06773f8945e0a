package communique.article;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The words of site furniture, as whole-line patterns. They are general rather than keyed to one outlet: news sites
 * share a small vocabulary for their labels, pagers, share bars, comment forms and copyright lines, and differ in
 * case, punctuation and the words around them, so each pattern is case-insensitive and tolerant of separators.
 */
final class FurniturePhrases {

    private static final int FLAGS = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;
    private static final String MONTH = "(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?"
            + "|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\\.?";
    private static final String DAY = "\\d{1,2}(?:st|nd|rd|th)?";
    private static final String DATE = "(?:(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*,?\\s+)?(?:" + DAY + "\\s+" + MONTH + ",?\\s*\\d{4}"
            + "|" + MONTH + "\\s+" + DAY + ",?\\s+\\d{4}|\\d{4}-\\d{2}-\\d{2}|\\d{1,2}/\\d{1,2}/\\d{2,4}|\\d{1,2}\\.\\d{1,2}\\.\\d{4})";
    private static final String LEADING_TIME = "(?:\\d{1,2}[:.]\\d{2}\\s*(?:[ap]\\.?m\\.?)?\\s*(?:[a-z]{2,4}\\s*)?[|,•-]?\\s*)?";
    private static final String TIME = "(?:\\s*[|,•-]?\\s*(?:at\\s+)?\\d{1,2}[:.]\\d{2}(?:\\s*[ap]\\.?m\\.?)?(?:\\s*[a-z]{2,4})?)?";

    /** A line that is only a date or an age: "Updated 04 May, 2024", "03 May, 2024", "3 hours ago". */
    static final Pattern DATE_LINE = Pattern.compile("(?:(?:last\\s+)?(?:updated|published|posted|modified|date)(?:\\s+on)?\\s*[:\\-–—]?\\s*)?"
            + "(?:" + LEADING_TIME + DATE + TIME + "|\\d+\\s+(?:seconds?|minutes?|mins?|hours?|hrs?|days?|weeks?|months?)\\s+ago|today|yesterday|just now)", FLAGS);

    /** In-body links to other stories: the whole line goes ("Read more: Interpol refuses to issue red warrant ..."). */
    static final Pattern LINK_LINE = Pattern.compile("(?:read more|read also|also read|read|related|see also|also see|more|must read"
            + "|recommended|suggested|watch|also watch|listen|explainer)\\s*[:|»>–—]\\s*\\S.{0,250}", FLAGS);

    /** Section headings that introduce other stories; after the story they start the sidebar. */
    static final Pattern SECTION_LABEL = Pattern.compile("(?:opinion|editorials?|related|related (?:articles|posts|news|stories|content|coverage|topics)"
            + "|more (?:from|on|in|news|stories)\\b.{0,50}|also read|read more|read next|read also|trending(?: now| news| stories)?"
            + "|most (?:popular|read|viewed|shared)|latest(?: news| stories| updates)?|top stories|recommended(?: for you| stories)?"
            + "|you (?:may|might) also like|editor['’]?s picks?|popular (?:posts|stories|news)|don['’]?t miss|in case you missed it"
            + "|in other news|more stories|featured(?: stories)?|columns|blogs|newsletter)\\s*:?", FLAGS);

    /** A comment form or comment thread: nothing after it is the story. */
    static final Pattern COMMENT_FORM = Pattern.compile("(?:leave a (?:reply|comment)|your comments?|post your comments?|post a comment|add a comment|add comment|write a comment"
            + "|join the (?:conversation|discussion)|comments?|\\d+\\s+comments?|comments?\\s*\\(\\d+\\)|(?:show|view|load) comments"
            + "|your email address will not be published.{0,120}|required fields are marked.{0,40}|cancel reply"
            + "|you must be logged in to post a comment.{0,40})\\s*:?", FLAGS);

    /**
     * What agencies and press offices print around a story: "(With inputs from agencies.)", a press release's
     * heading and number ("PRESS RELEASE", "No. 145/2024"), "Reporting by ...; Editing by ...", a desk's sign-off
     * ("WAM/Tariq alFaham", "PTI ABC DEF"), and the template junk some sites leave in the text ("spot_imgspot_img").
     */
    private static final String WIRE_FURNITURE = "|\\(?\\s*with (?:inputs?|additional inputs?) from [^)]{1,60}\\)?\\.?\\)?"
            + "|press release|handout|(?:pr\\s+)?no\\.?\\s*\\d{1,5}\\s*/\\s*\\d{2,4}"
            + "|(?:additional )?(?:reporting|writing) by [^.]{1,100}?(?:;\\s*editing by [^.]{1,60})?\\.?|editing by [^.]{1,60}"
            + "|(?-i:(?:WAM|APP|PTI|IANS|ANI|SPA|QNA|IRNA)\\s*/\\s*\\p{L}.{0,40}|PTI(?:\\s+[A-Z]{2,4}){1,4})"
            + "|(?:spot_img)+";

    /** Menus, pagers, share bars, copyright and newsletter lines: dropped wherever they stand. */
    static final Pattern NAVIGATION = Pattern.compile("(?:(?:left|right|main|top|mobile|site) menu|menu|toggle navigation|navigation"
            + "|skip to (?:main )?content|search(?: for)?:?|home"
            + "|home(?:\\s*[»>|/›]\\s*|\\s+)(?:\\p{Lu}[\\p{L}&'’-]*\\s*(?:[»>|/›]\\s*)?){1,5}"
            + "|(?:previous|next|prev)\\s+(?:article|post|story)\\b[^.]{0,200}"
            + "|follow us\\b.{0,80}|(?:join|follow) our\\b.{0,80}|(?:copyright\\s*(?:©|\\(c\\))?\\s*(?:\\d{4}|by\\b|©)|©|\\(c\\)\\s*\\d{4}).{0,200}"
            + "|(?:subscribe|sign up|signup)\\b.{0,120}|click here\\b.{0,150}"
            + "|(?:tags?|topics?|filed under|categories|category|keywords)\\s*:.{0,300}"
            + "|advertisment|sponsored(?: content)?|ads?|scroll to continue(?: with content)?|continue reading(?: below)?"
            + "|story continues below(?: advertisement)?|back to top(?: button)?|scroll to top|go to top|loading\\.*|please wait\\.*"
            + "|(?:photo|image|picture|file photo|photo credit|image credit|caption)s?\\s*:.{0,200}"
            + "|published in \\p{L}[\\p{L} ]{1,30},? .{0,40}\\d{4}\\.?|(?:download|get) (?:our|the)\\b.{0,40}\\bapp\\b.{0,40}"
            + "|listen to (?:this )?(?:article|story)|\\d+\\s*min(?:ute)?s? read|(?:estimated )?reading time\\b.{0,30}"
            + "|like this:?|font size.{0,20}|text size.{0,20}|our standards:.{0,120}"
            + "|advertisement(?:\\s*[-–—:|]\\s*.{0,40})?|(?:please )?(?:follow|like) (?:us|@\\w+)\\b.{0,140}"
            + "|like [^.]{1,40} on facebook.{0,160}|next story\\b.{0,10}"
            + "|(?:follow|join) [^.]{1,40} on (?:whatsapp|facebook|twitter|x|instagram|telegram|youtube|google news)\\b.{0,60}"
            + WIRE_FURNITURE + ")", FLAGS);

    /**
     * Navigation that ends a line rather than starting it: copyright notices, newsletter calls, photo captions
     * ("… — Photo: APP", "— AFP/File"). These patterns scan the whole line, so they only run when the line holds one
     * of {@link #TAIL_TRIGGERS}.
     */
    private static final Pattern TAIL_NAVIGATION = Pattern.compile(".{0,150}all rights reserved\\.?|.{0,80}\\bdelivered to your inbox\\b.{0,60}"
            + "|.{0,250}\\s[—–-]\\s*(?:photo|file photo|screengrab|image|picture)s?\\s*(?::|by\\b|courtesy\\b|/|$).{0,60}"
            + "|.{0,250}\\s[—–-]\\s*\\p{Lu}\\p{L}{1,10}/file\\.?", FLAGS);
    private static final List<String> TAIL_TRIGGERS = List.of("rights reserved", "your inbox", "photo", "screengrab", "image",
            "picture", "/file");

    /** A date line that says what it is ("Updated: …", "Published On …"): furniture wherever it stands. */
    static final Pattern LABELLED_DATE = Pattern.compile("(?:last\\s+)?(?:updated|published|posted|modified)\\b.{0,60}", FLAGS);

    /** Lines that only credit the writer or desk; furniture when they stand above the story. */
    static final Pattern BYLINE = Pattern.compile("(?:by\\s+\\p{Lu}[\\p{L}.'’-]*(?:\\s+\\p{Lu}[\\p{L}.'’-]*){0,4}(?:\\s*[|,]\\s*.{0,60})?"
            + "|(?:staff|our|special) (?:reporter|correspondent)|(?:web|news|monitoring|sports|foreign) desk|posted (?:by|on)\\b.{0,80})",
            FLAGS);

    private static final Set<String> SOCIAL = Set.of("share", "sharing", "this", "article", "story", "post", "on", "via", "tweet",
            "facebook", "twitter", "x", "whatsapp", "linkedin", "email", "e-mail", "mail", "print", "pinterest", "telegram", "reddit",
            "copy", "link", "messenger", "threads", "instagram", "youtube", "tiktok", "flipboard", "pocket", "save");
    private static final Set<String> SOCIAL_ANCHORS = Set.of("share", "tweet", "facebook", "twitter", "whatsapp", "linkedin",
            "email", "print", "pinterest", "telegram", "reddit", "messenger", "instagram", "youtube", "tiktok");
    private static final Set<String> PAGER = Set.of("previous", "prev", "next", "article", "post", "posts", "story", "older", "newer",
            "page", "«", "»", "‹", "›", "<", ">", "<<", ">>", "←", "→");
    private static final Set<String> PAGER_ANCHORS = Set.of("previous", "prev", "next", "older", "newer");
    private static final Pattern TOKEN_SEPARATORS = Pattern.compile("[\\s:|,·•/]+");
    private static final int MAX_TOKEN_LINE = 15;
    /** No furniture line is longer than this; longer lines are not matched at all, which keeps huge lines cheap. */
    private static final int MAX_FURNITURE_LENGTH = 500;

    private FurniturePhrases() {
    }

    static boolean isNavigation(String line) {
        return isShort(line) && (NAVIGATION.matcher(line).matches() || onlyWordsFrom(line, SOCIAL, SOCIAL_ANCHORS)
                || onlyWordsFrom(line, PAGER, PAGER_ANCHORS) || isTailNavigation(line));
    }

    private static boolean isTailNavigation(String line) {
        String lower = line.toLowerCase(Locale.ROOT);
        return TAIL_TRIGGERS.stream().anyMatch(lower::contains) && TAIL_NAVIGATION.matcher(line).matches();
    }

    static boolean isSectionLabel(String line) {
        return isShort(line) && SECTION_LABEL.matcher(line).matches();
    }

    static boolean isCommentForm(String line) {
        return isShort(line) && COMMENT_FORM.matcher(line).matches();
    }

    static boolean isLinkLine(String line) {
        return isShort(line) && LINK_LINE.matcher(line).matches();
    }

    static boolean isDateLine(String line) {
        return isShort(line) && DATE_LINE.matcher(line).matches();
    }

    /** Any of the named kinds of furniture line. */
    static boolean isKnownFurniture(String line) {
        return isNavigation(line) || isSectionLabel(line) || isCommentForm(line) || isLinkLine(line) || isDateLine(line);
    }

    private static boolean isShort(String line) {
        return line.length() <= MAX_FURNITURE_LENGTH;
    }

    /** "Share this: Facebook Twitter WhatsApp", "PREVIOUS NEXT": every word from one small vocabulary. */
    private static boolean onlyWordsFrom(String line, Set<String> vocabulary, Set<String> anchors) {
        if (!vocabulary.contains(firstToken(line))) {
            return false;
        }
        String[] tokens = TOKEN_SEPARATORS.split(line.toLowerCase(Locale.ROOT).strip());
        if (tokens.length == 0 || tokens.length > MAX_TOKEN_LINE || tokens[0].isEmpty()) {
            return false;
        }
        return Arrays.stream(tokens).allMatch(vocabulary::contains) && Arrays.stream(tokens).anyMatch(anchors::contains);
    }

    /** The first token, lower-cased, found without a regex: most lines are rejected on it. */
    private static String firstToken(String line) {
        String s = line.strip();
        int end = 0;
        while (end < s.length() && !Character.isWhitespace(s.charAt(end)) && ":|,·•/".indexOf(s.charAt(end)) < 0) {
            end++;
        }
        return s.substring(0, end).toLowerCase(Locale.ROOT);
    }
}
