package communique.extract.facts;

import java.util.Locale;

/** The kinds of meeting wire copy reports, named as analysts say them. */
public enum MeetingKind {
    CALL_ON("call-on"),
    MEETING("meeting"),
    TALKS("talks"),
    TELEPHONE_CALL("telephone call"),
    DELEGATION("delegation"),
    VISIT("visit");

    private final String label;

    MeetingKind(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    public static MeetingKind ofLabel(String label) {
        String l = label.strip().toLowerCase(Locale.ROOT);
        for (MeetingKind k : values()) {
            if (k.label.equals(l)) {
                return k;
            }
        }
        throw new IllegalArgumentException("unknown meeting kind: " + label);
    }
}
