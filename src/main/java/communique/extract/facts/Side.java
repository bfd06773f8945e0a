package communique.extract.facts;

import java.util.Locale;

/** Which part a participant plays in a meeting, where the sentence shows it. */
public enum Side {
    /** Called on the host, telephoned, or led the visiting party. */
    CALLER,
    /** Was called on, received the caller. */
    HOST,
    /** "Also present", "attended the meeting". */
    PRESENT,
    /** Met, talked with, spoke to: the sentence gives no direction. */
    COUNTERPART;

    /** The label used in JSON and in test expectations: "caller", "host", "present", "counterpart". */
    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Side ofLabel(String label) {
        return valueOf(label.strip().toUpperCase(Locale.ROOT));
    }
}
