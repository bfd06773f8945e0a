package communique.search;

import communique.extract.Official;

/** How an official is named in facets and links, by every backend alike. */
public final class OfficialLabel {

    private OfficialLabel() {
    }

    /** "Mohsin Naqvi · Interior Minister, Pakistan", leaving out what is unknown. */
    public static String of(Official official) {
        StringBuilder label = new StringBuilder(official.name());
        String country = official.country() == null ? null : CountryNames.name(official.country());
        if (official.role() != null || country != null) {
            label.append(" · ");
            if (official.role() != null) {
                label.append(official.role());
            }
            if (country != null) {
                label.append(official.role() != null ? ", " : "").append(country);
            }
        }
        return label.toString();
    }
}
