package communique.web;

import communique.search.EntityPage;
import communique.search.FacetValue;
import communique.search.SearchRequest;

import java.util.List;

/** An official's or a country's page. */
public record EntityView(String title, Parts.Form form, String kind, String name, String roles, String country,
                         String count, List<Parts.Bar> timeline, List<Parts.HitView> articles,
                         List<Parts.Link> officials, List<Parts.Link> countries, String searchHref) {

    static EntityView of(EntityPage page) {
        SearchRequest none = SearchRequest.of("");
        SearchRequest filtered = none.withFacet(page.kind(), List.of(page.key()));
        return new EntityView(page.name() + " · Communiqué", Parts.Form.EMPTY,
                page.kind().equals("official") ? "Official" : "Country", page.name(),
                page.roles().isEmpty() ? null : String.join(", ", page.roles()), page.country(),
                Formats.articles(page.articleCount()), Formats.bars(page.timeline(), none, false),
                page.articles().stream().map(h -> Formats.hit(h, none)).toList(),
                links(page.officials(), true), links(page.countries(), false), SearchUrls.search(filtered));
    }

    private static List<Parts.Link> links(List<FacetValue> values, boolean officials) {
        return values.stream().map(v -> new Parts.Link(v.label(),
                officials ? SearchUrls.official(v.value()) : SearchUrls.country(v.value()),
                Formats.count(v.count()), false)).toList();
    }
}
