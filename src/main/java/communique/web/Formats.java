package communique.web;

import communique.search.FacetValue;
import communique.search.Hit;
import communique.search.SearchRequest;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** Formatting shared by the view models: dates, counts, hits and date bars. */
final class Formats {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.ENGLISH);
    static final int BAR_STEPS = 20;

    private Formats() {
    }

    static String date(LocalDate date) {
        return date == null ? null : DAY.format(date);
    }

    /** "12,345": grouped by hand, as String.format builds a Formatter per call and a results page formats hundreds. */
    static String count(long n) {
        String digits = n < 0 ? Long.toString(n).substring(1) : Long.toString(n);
        StringBuilder out = new StringBuilder(digits.length() + digits.length() / 3 + 1);
        if (n < 0) {
            out.append('-');
        }
        int lead = digits.length() % 3 == 0 ? 3 : digits.length() % 3;
        out.append(digits, 0, lead);
        for (int i = lead; i < digits.length(); i += 3) {
            out.append(',').append(digits, i, i + 3);
        }
        return out.toString();
    }

    static String articles(long n) {
        return count(n) + (n == 1 ? " article" : " articles");
    }

    /** A hit with its official and country chips linking to the search narrowed by them. */
    static Parts.HitView hit(Hit hit, SearchRequest context) {
        List<Parts.Link> officials = new ArrayList<>();
        hit.officials().forEach(o -> officials.add(new Parts.Link(o.name(),
                SearchUrls.only(context, "official", o.key()), o.role(), false)));
        List<Parts.Link> countries = new ArrayList<>();
        hit.countries().forEach(c -> countries.add(Parts.Link.of(c.name(),
                SearchUrls.only(context, "country", c.code()))));
        return new Parts.HitView(hit.title(), SearchUrls.article(hit.id(), context), date(hit.date()),
                hit.date() == null ? null : hit.date().toString(), hit.place(), hit.snippet(), officials, countries);
    }

    /**
     * Bars scaled to the largest count, gaps filled with empty bars so the axis is even. A bar filters to its
     * period; the selected one leads back out (a month to its year, a year to all dates). Empty bars are not links.
     */
    static List<Parts.Bar> bars(List<FacetValue> values, SearchRequest request, boolean linked) {
        List<FacetValue> filled = withGaps(values);
        long max = filled.stream().mapToLong(FacetValue::count).max().orElse(0);
        List<Parts.Bar> bars = new ArrayList<>();
        for (FacetValue v : filled) {
            int step = max == 0 ? 0 : (int) Math.max(v.count() > 0 ? 1 : 0, Math.round(BAR_STEPS * (double) v.count() / max));
            String href = !linked || v.count() == 0 ? null : SearchUrls.search(selectedPeriod(v, request));
            bars.add(new Parts.Bar(shortLabel(v.label(), filled.size() > 6), v.count(), "h-" + step, v.selected(), href,
                    v.label() + ": " + articles(v.count())));
        }
        return bars;
    }

    private static SearchRequest selectedPeriod(FacetValue v, SearchRequest request) {
        if (!v.selected()) {
            return request.withPeriod(v.value(), v.value());
        }
        String year = v.value().substring(0, 4);
        return v.value().length() > 4 ? request.withPeriod(year, year) : request.withPeriod(null, null);
    }

    /** "2025-04" → "A" (the chart convention; the title says the month); a year stays as it is, or becomes "’25" when many bars share the width. */
    private static String shortLabel(String label, boolean crowded) {
        if (label.length() == 4 && crowded) {
            return "’" + label.substring(2);
        }
        if (label.length() != 7) {
            return label;
        }
        return java.time.Month.of(Integer.parseInt(label.substring(5)))
                .getDisplayName(java.time.format.TextStyle.NARROW, Locale.ENGLISH);
    }

    /** Every year (or every month of the year) between the first and last value, at most 60 bars. */
    private static List<FacetValue> withGaps(List<FacetValue> values) {
        if (values.isEmpty() || !values.stream().allMatch(v -> v.value().matches("\\d{4}(-\\d{2})?"))) {
            return values;
        }
        java.util.Map<String, FacetValue> byValue = new java.util.HashMap<>();
        values.forEach(v -> byValue.put(v.value(), v));
        boolean monthly = values.get(0).value().length() == 7;
        List<String> axis = new ArrayList<>();
        if (monthly) {
            String year = values.get(0).value().substring(0, 4);
            for (int m = 1; m <= 12; m++) {
                axis.add(String.format(Locale.ROOT, "%s-%02d", year, m));
            }
        } else {
            int first = Integer.parseInt(values.get(0).value());
            int last = Integer.parseInt(values.get(values.size() - 1).value());
            if (last - first >= 60) {
                return values;
            }
            for (int y = first; y <= last; y++) {
                axis.add(Integer.toString(y));
            }
        }
        if (monthly && !axis.containsAll(byValue.keySet())) {
            return values;
        }
        List<FacetValue> filled = new ArrayList<>();
        for (String value : axis) {
            filled.add(byValue.getOrDefault(value, new FacetValue(value, value, 0, false)));
        }
        return filled;
    }
}
