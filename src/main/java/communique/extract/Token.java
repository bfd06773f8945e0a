package communique.extract;

/**
 * One word or punctuation mark of an article. Possessive {@code 's} is its own token so that "Pakistan's" matches
 * the gazetteer as "Pakistan"; a line break is a token ({@code "\n"}) because it ends a name or a title.
 *
 * @param text          the token as written, curly apostrophes straightened
 * @param lower         lower-cased text, the key for every gazetteer lookup
 * @param sentenceStart first token of a sentence or line: its capital letter says nothing about names
 * @param shouting      inside an all-capitals line, where case cannot tell "US" from "us"
 * @param flags         word classes from the {@link Lexicon} ({@link Lexicon#STOP} ...), looked up once
 */
record Token(String text, String lower, boolean sentenceStart, boolean shouting, int flags) {

    static final String BREAK = "\n";

    boolean isBreak() {
        return BREAK.equals(text);
    }

    boolean isWord() {
        return Character.isLetterOrDigit(text.charAt(0));
    }

    /** Starts with a capital letter: "Naqvi", "US", "U.K.". */
    boolean isCapitalised() {
        return Character.isUpperCase(text.charAt(0));
    }

    /** Two or more letters, all capitals: "US", "NCCIA", "U.K.". */
    boolean isAllCaps() {
        int letters = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isLowerCase(c)) {
                return false;
            }
            if (Character.isLetter(c)) {
                letters++;
            }
        }
        return letters >= 2;
    }

    /** A capitalised word with lower-case letters, the shape of a name part: "Naqvi", "McDonald". */
    boolean isTitleCase() {
        return isCapitalised() && !isAllCaps();
    }

    boolean has(int flag) {
        return (flags & flag) != 0;
    }

    boolean is(String lowerText) {
        return lower.equals(lowerText);
    }
}
