package communique.extract;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * countries.tsv and not-countries.tsv: ISO codes, display names and every surface form, loaded once per JVM.
 */
final class CountryGazetteer {

    /** A surface form: the country it names, whether it is also a person's name, whether it only combines. */
    record Form(String code, boolean guarded, boolean combining) {
    }

    private final PhraseTable<Form> forms = new PhraseTable<>();
    private final PhraseTable<Boolean> notCountries = new PhraseTable<>();
    /** Single-word forms, for the parts of compounds: lower case, or exact text for acronyms. */
    private final Map<String, Form> parts = new HashMap<>();
    private final Map<String, Country> byCode = new HashMap<>();

    private static final class Holder {
        static final CountryGazetteer INSTANCE = new CountryGazetteer();
    }

    static CountryGazetteer get() {
        return Holder.INSTANCE;
    }

    private CountryGazetteer() {
        for (String[] row : Tsv.read("countries.tsv")) {
            byCode.put(row[0], new Country(row[0], row[1]));
            for (String raw : row[2].split("\\|")) {
                addForm(row[0], raw);
            }
        }
        for (String[] row : Tsv.read("not-countries.tsv")) {
            notCountries.add(row[0], Boolean.TRUE);
        }
    }

    private void addForm(String code, String raw) {
        boolean guarded = raw.startsWith("!");
        boolean combining = raw.startsWith("~");
        String form = guarded || combining ? raw.substring(1) : raw;
        Form value = new Form(code, guarded, combining);
        forms.add(form, value);
        if (!form.contains(" ")) {
            parts.put(PhraseTable.isAcronym(form) ? form : Lexicon.lower(form), value);
        }
    }

    Country country(String code) {
        return byCode.get(code);
    }

    /** The longest form starting at token {@code i}; the first word must be capitalised. */
    PhraseTable.Match<Form> match(List<Token> tokens, int i) {
        if (!tokens.get(i).isCapitalised()) {
            return null;
        }
        PhraseTable.Match<Form> m = forms.match(tokens, i);
        return m == null || m.value().combining() ? null : m;
    }

    /** A phrase such as "Indian Ocean" or "New Mexico" starting at {@code i}, or null. */
    PhraseTable.Match<Boolean> notCountry(List<Token> tokens, int i) {
        return tokens.get(i).isCapitalised() ? notCountries.match(tokens, i) : null;
    }

    /** A part of a hyphenated compound ("Pak", "US", "Afghan"), or null. */
    Form part(String text) {
        if (text.isEmpty() || !Character.isUpperCase(text.charAt(0))) {
            return null;
        }
        Form exact = parts.get(text);
        return exact != null ? exact : PhraseTable.isAcronym(text) ? null : parts.get(Lexicon.lower(text));
    }

    /** Whether the capitalised word names a country and is never a name part ("British", "US"; not "Jordan"). */
    boolean isCountryWord(String text) {
        Form f = part(text);
        return f != null && !f.guarded() && !f.combining();
    }
}
