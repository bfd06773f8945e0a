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

    static String count(long n) {
        return String.format(Locale.ENGLISH, "%,d", n);
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

    /** Bars scaled to the largest count; a bar filters to its period (or back out when it is selected). */
    static List<Parts.Bar> bars(List<FacetValue> values, SearchRequest request, boolean linked) {
        long max = values.stream().mapToLong(FacetValue::count).max().orElse(0);
        List<Parts.Bar> bars = new ArrayList<>();
        for (FacetValue v : values) {
            int step = max == 0 ? 0 : (int) Math.max(v.count() > 0 ? 1 : 0, Math.round(BAR_STEPS * (double) v.count() / max));
            String href = !linked ? null : v.selected() ? SearchUrls.search(request.withPeriod(null, null))
                    : SearchUrls.search(request.withPeriod(v.value(), v.value()));
            bars.add(new Parts.Bar(v.label(), v.count(), "h-" + step, v.selected(), href,
                    v.label() + ": " + articles(v.count())));
        }
        return bars;
    }
}
