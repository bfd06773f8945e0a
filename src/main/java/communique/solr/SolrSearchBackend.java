package communique.solr;

import communique.article.ArticleIds;
import communique.export.ExportRow;
import communique.extract.Country;
import communique.extract.Official;
import communique.index.Fields;
import communique.search.ArticleParts;
import communique.search.ArticleText;
import communique.search.ArticleView;
import communique.search.CountryNames;
import communique.search.EntityPage;
import communique.search.FacetCounts;
import communique.search.FacetValue;
import communique.search.Health;
import communique.search.Hit;
import communique.search.InvalidRequestException;
import communique.search.Limits;
import communique.search.OfficialLabel;
import communique.search.SearchBackend;
import communique.search.SearchRequest;
import communique.search.SearchResult;
import communique.search.SortOrder;
import communique.search.UserQueryParser;

import org.apache.lucene.index.Term;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;
import org.apache.solr.client.solrj.SolrServerException;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import java.util.regex.Pattern;

/**
 * The {@link SearchBackend} on a SolrCloud collection: the same requests and records as the embedded backend, so the
 * pages, URLs and API cannot tell which one answers. The user's query is parsed by the same {@link UserQueryParser}
 * and sent as escaped Solr syntax; facets, snippets, suggestions, related articles and entity pages come from
 * {@link SolrSearch}. Thread-safe.
 */
public final class SolrSearchBackend implements SearchBackend {

    private static final int SUGGEST_BELOW = 3;
    private static final int RELATED = 5;
    private static final int ENTITY_ARTICLES = 20;
    private static final int COMPANIONS = 10;
    private static final Pattern COUNTRY_CODE = Pattern.compile("[A-Za-z]{2}");

    private final SolrNodes nodes;
    private final SolrSearch search;
    private final OfficialLabels officials;
    private final SolrExport exports;

    public SolrSearchBackend(SolrCloudTarget target) {
        this.nodes = target.connect();
        this.search = new SolrSearch(nodes);
        this.officials = new OfficialLabels(nodes);
        this.exports = new SolrExport(search);
    }

    @Override
    public SearchResult search(SearchRequest request) {
        long start = System.nanoTime();
        Query query = request.query().isEmpty() ? null : UserQueryParser.parseUserQuery(request.query());
        Map<String, List<String>> selected = Map.of(Fields.OFFICIAL, request.officials(),
                Fields.COUNTRY, request.countries(), Fields.ROLE, request.roles());
        SolrSearch.Page page = call(() -> search.search(new SolrSearch.Criteria(query, selected, request.fromDate(),
                request.toDate(), request.effectiveSort() == SortOrder.DATE, request.page(), Limits.PAGE_SIZE,
                Limits.MAX_DEPTH, true)));
        String suggestion = page.total() < SUGGEST_BELOW && !request.query().isEmpty()
                ? call(() -> search.suggestion(request.query())) : null;
        return new SearchResult(page.total(), (System.nanoTime() - start) / 1_000_000, request.query(), request.page(),
                Limits.PAGE_SIZE, request.effectiveSort().param(), hits(page.hits()), facets(page, request), suggestion);
    }

    @Override
    public void export(SearchRequest request, int limit, Consumer<ExportRow> rows) {
        Query query = request.query().isEmpty() ? null : UserQueryParser.parseUserQuery(request.query());
        Map<String, List<String>> selected = Map.of(Fields.OFFICIAL, request.officials(),
                Fields.COUNTRY, request.countries(), Fields.ROLE, request.roles());
        call(() -> {
            exports.run(new SolrSearch.Criteria(query, selected, request.fromDate(), request.toDate(),
                    request.effectiveSort() == SortOrder.DATE, 1, Limits.PAGE_SIZE, Limits.MAX_DEPTH, true), limit, rows);
            return null;
        });
    }

    @Override
    public Optional<ArticleView> article(String id, String highlightQuery, int part) {
        if (!ArticleIds.isValid(id)) { // no article can have it: the indexer refuses such ids
            return Optional.empty();
        }
        return call(() -> {
            Optional<SolrSearch.StoredArticle> stored = search.article(id);
            if (stored.isEmpty()) {
                return Optional.empty();
            }
            SolrSearch.StoredArticle article = stored.get();
            Hit hit = hit(article.summary());
            ArticleParts.Part shown = ArticleParts.of(article.body(), part);
            List<Hit> related = hits(search.moreLikeThis(id, RELATED));
            return Optional.of(new ArticleView(hit.id(), hit.title(), hit.date(), hit.place(), article.source(),
                    article.url(), hit.officials(), hit.countries(),
                    ArticleText.segments(shown.text(), highlightQuery(highlightQuery), hit.officials(), hit.countries()),
                    related, shown.number(), shown.count()));
        });
    }

    @Override
    public Optional<EntityPage> official(String key) {
        if (key == null || key.isBlank() || key.length() > Limits.MAX_VALUE_CHARS) {
            return Optional.empty();
        }
        return call(() -> {
            SolrSearch.Page page = entityPage(Fields.OFFICIAL, key);
            if (page.total() == 0) {
                return Optional.empty();
            }
            Official official = officials.official(key);
            Set<String> roles = new LinkedHashSet<>();
            for (SolrSearch.Found found : page.hits()) {
                found.officials().stream().filter(o -> o.key().equals(key) && o.role() != null)
                        .forEach(o -> roles.add(o.role()));
            }
            String country = official.country() == null ? null : CountryNames.name(official.country());
            return Optional.of(entity("official", key, official.name(), List.copyOf(roles), country, page));
        });
    }

    @Override
    public Optional<EntityPage> country(String code) {
        if (code == null || !COUNTRY_CODE.matcher(code).matches()) {
            return Optional.empty();
        }
        String upper = code.toUpperCase(java.util.Locale.ROOT);
        return call(() -> {
            SolrSearch.Page page = entityPage(Fields.COUNTRY, upper);
            return page.total() == 0 ? Optional.empty()
                    : Optional.of(entity("country", upper, CountryNames.name(upper), List.of(), null, page));
        });
    }

    @Override
    public Health health() {
        return call(() -> new Health("ok", search.count(), search.version()));
    }

    /** Nothing to do: every commit the indexer makes opens a new searcher on the cluster. */
    @Override
    public void refresh() {
    }

    @Override
    public void close() {
        nodes.close();
    }

    /** Newest articles with the entity and the facet counts of those articles (the entity is the query, not a filter). */
    private SolrSearch.Page entityPage(String dim, String value) throws IOException, SolrServerException {
        return search.search(new SolrSearch.Criteria(new TermQuery(new Term(dim, value)), Map.of(), null, null, true, 1,
                ENTITY_ARTICLES, ENTITY_ARTICLES, false));
    }

    private EntityPage entity(String kind, String key, String name, List<String> roles, String country,
                              SolrSearch.Page page) {
        FacetCounts counts = facets(page, SearchRequest.of(""));
        return new EntityPage(kind, key, name, roles, country, page.total(), counts.year(), hits(page.hits()),
                without(counts.official(), kind.equals("official") ? key : null),
                without(counts.country(), kind.equals("country") ? key : null));
    }

    private static List<FacetValue> without(List<FacetValue> values, String self) {
        return values.stream().filter(v -> !v.value().equals(self)).limit(COMPANIONS).toList();
    }

    private FacetCounts facets(SolrSearch.Page page, SearchRequest request) {
        return new FacetCounts(
                top(page, Fields.OFFICIAL, request.officials()),
                top(page, Fields.COUNTRY, request.countries()),
                top(page, Fields.ROLE, request.roles()),
                chronological(page, Fields.YEAR, request),
                chronological(page, Fields.MONTH, request));
    }

    private List<FacetValue> top(SolrSearch.Page page, String dim, List<String> selected) {
        List<SolrSearch.Count> counts = page.facets().getOrDefault(dim, List.of());
        if (dim.equals(Fields.OFFICIAL)) {
            officials.load(counts.stream().map(SolrSearch.Count::value).toList());
        }
        List<FacetValue> values = new ArrayList<>(counts.size());
        for (SolrSearch.Count count : counts) {
            values.add(new FacetValue(count.value(), label(dim, count.value()), count.count(),
                    selected.contains(count.value())));
        }
        return values;
    }

    private static List<FacetValue> chronological(SolrSearch.Page page, String dim, SearchRequest request) {
        List<FacetValue> values = new ArrayList<>();
        for (SolrSearch.Count count : page.facets().getOrDefault(dim, List.of())) {
            boolean selected = count.value().equals(request.from()) && count.value().equals(request.to());
            values.add(new FacetValue(count.value(), count.value(), count.count(), selected));
        }
        return values;
    }

    private String label(String dim, String value) {
        return switch (dim) {
            case Fields.OFFICIAL -> OfficialLabel.of(officials.official(value));
            case Fields.COUNTRY -> CountryNames.name(value);
            default -> value;
        };
    }

    private static List<Hit> hits(List<SolrSearch.Found> found) {
        return found.stream().map(SolrSearchBackend::hit).toList();
    }

    private static Hit hit(SolrSearch.Found found) {
        List<Country> countries = found.countryCodes().stream().map(c -> new Country(c, CountryNames.name(c))).toList();
        return new Hit(found.id(), found.title(), found.date(), found.place(), found.snippet(), found.officials(),
                countries, articleUrl(found.id()));
    }

    /** The article's page on this server, as the embedded backend writes it. */
    static String articleUrl(String id) {
        return "/article/" + URLEncoder.encode(id, StandardCharsets.UTF_8).replace("+", "%20");
    }

    private static Query highlightQuery(String text) {
        if (text == null || text.isBlank() || text.length() > Limits.MAX_QUERY_CHARS) {
            return null;
        }
        try {
            return UserQueryParser.parseUserQuery(text);
        } catch (InvalidRequestException e) {
            return null; // a query that cannot be parsed highlights nothing; the article is still shown
        }
    }

    /** Solr's refusals become the user's InvalidRequestException; an unreachable cluster a server error. */
    private static <T> T call(SolrCall<T> work) {
        try {
            return work.run();
        } catch (IllegalArgumentException e) {
            throw e instanceof InvalidRequestException invalid ? invalid : new InvalidRequestException(e.getMessage(), e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (SolrServerException e) {
            throw new IllegalStateException("the SolrCloud cluster did not answer: " + e.getMessage(), e);
        }
    }

    @FunctionalInterface
    private interface SolrCall<T> {
        T run() throws IOException, SolrServerException;
    }
}
