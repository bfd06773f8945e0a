package communique.extract.facts;

import communique.extract.Official;

/**
 * A place in the body that refers to an official: by name ("Naqvi"), by role ("the interior minister"), or a
 * personal pronoun ("he") whose official is only known from context.
 *
 * @param start    offset of the first character
 * @param end      offset after the last character
 * @param official the official named, or null for a pronoun
 */
record Mention(int start, int end, Official official) {

    boolean pronoun() {
        return official == null;
    }
}
