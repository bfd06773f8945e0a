package communique.solr;

import communique.extract.Official;
import communique.index.Fields;
import communique.index.OfficialData;

import org.apache.lucene.search.Query;
import org.apache.solr.client.solrj.SolrRequest;
import org.apache.solr.client.solrj.SolrServerException;
import org.apache.solr.client.solrj.request.QueryRequest;
import org.apache.solr.client.solrj.response.QueryResponse;
import org.apache.solr.common.SolrDocument;
import org.apache.solr.common.SolrException;
import org.apache.solr.common.params.ModifiableSolrParams;
import org.apache.solr.common.util.NamedList;

import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Searches the article collection: the query the app's own grammar parsed (rendered by {@link SolrQuerySyntax}),
 * selected facet values as tagged filters (OR within a facet, AND across), the date period as an epoch-day range,
 * relevance or newest-first order, one page of hits with escaped snippets from the unified highlighter, and
 * multi-select facet counts. Thread-safe. Plain records out; the search boundary's backend adapts them.
 */
public final class SolrSearch {

    /** Passages per snippet, joined like the embedded highlighter's DefaultPassageFormatter does. */
    static final int SNIPPET_PASSAGES = 2;
    static final String ELLIPSIS = "… ";
    static final String STORED = String.join(",", Fields.ID, Fields.TITLE, Fields.DATE, Fields.PLACE,
            Fields.OFFICIAL_DATA, Fields.COUNTRY);

    /** Time a search may take before Solr stops it (the embedded backend's Limits.TIMEOUT_MILLIS). */
    static final long TIMEOUT_MILLIS = 2_000;

    private final SolrNodes nodes;
    private final SolrSuggester suggester;

    public SolrSearch(SolrNodes nodes) {
        this.nodes = nodes;
        this.suggester = new SolrSuggester(nodes);
    }

    /**
     * One search.
     *
     * @param query      the parsed user query; null browses everything
     * @param selected   selected values per dimension (official, country, role)
     * @param from       first day of the period, or null
     * @param to         last day of the period, or null
     * @param newestFirst date order (relevance otherwise)
     * @param page       1-based page
     * @param pageSize   hits per page
     * @param maxDepth   deepest hit paging may reach (page * pageSize)
     * @param snippets   whether hits get snippets
     */
    public record Criteria(Query query, Map<String, List<String>> selected, LocalDate from, LocalDate to,
                           boolean newestFirst, int page, int pageSize, int maxDepth, boolean snippets) {
        public Criteria {
            selected = Map.copyOf(selected);
            if (page < 1 || pageSize < 1 || (long) page * pageSize > maxDepth) {
                throw new IllegalArgumentException("page " + page + " of " + pageSize + " is beyond the deepest hit " + maxDepth);
            }
        }
    }

    /** One hit: stored values, and the snippet as HTML (article text escaped, matches in mark, no other tag). */
    public record Found(String id, String title, LocalDate date, String place, String snippet, List<Official> officials,
                        List<String> countryCodes) {
    }

    public record Count(String value, long count) {
    }

    /** The answer: exact total, the page of hits, counts per dimension (official, country, role, year, month). */
    public record Page(long total, List<Found> hits, Map<String, List<Count>> facets) {
    }

    /** The whole stored article, for its page. */
    public record StoredArticle(Found summary, String body, String source, String url) {
    }

    public Page search(Criteria criteria) throws IOException, SolrServerException {
        ModifiableSolrParams params = new ModifiableSolrParams();
        boolean browse = criteria.query() == null;
        params.set("q", browse ? "*:*" : SolrQuerySyntax.render(criteria.query()));
        params.set("defType", "lucene");
        params.set("q.op", "OR");
        params.set("fl", STORED);
        filters(params, criteria);
        params.set("sort", criteria.newestFirst() || browse ? Fields.DATE + " desc," + Fields.ID + " asc" : "score desc," + Fields.ID + " asc");
        params.set("start", (criteria.page() - 1) * criteria.pageSize());
        params.set("rows", criteria.pageSize());
        params.set("json.facet", SolrFacets.json(criteria.selected()));
        if (!browse && criteria.snippets()) {
            highlight(params);
        }
        params.set("timeAllowed", Long.toString(TIMEOUT_MILLIS));
        QueryResponse response = run(params);
        if (Boolean.TRUE.equals(response.getHeader().get("partialResults"))) {
            throw new IllegalArgumentException("The search took too long and was stopped; use more specific words.");
        }
        Map<String, Map<String, List<String>>> snippets = response.getHighlighting();
        List<Found> hits = new ArrayList<>();
        for (SolrDocument doc : response.getResults()) {
            hits.add(found(doc, snippet(snippets, String.valueOf(doc.getFirstValue(Fields.ID)))));
        }
        @SuppressWarnings("unchecked")
        NamedList<Object> facets = (NamedList<Object>) response.getResponse().get("facets");
        return new Page(response.getResults().getNumFound(), hits, SolrFacets.read(facets, criteria.selected()));
    }

    /**
     * A corrected query when the index knows a likely spelling of a word it does not know ("did you mean"), else
     * null. The search pages ask for it when a search finds fewer than a few articles.
     */
    public String suggestion(String userQuery) throws IOException, SolrServerException {
        return userQuery == null || userQuery.isBlank() ? null : suggester.suggest(userQuery);
    }

    /** Articles in the collection, as last committed. */
    public long count() throws IOException, SolrServerException {
        ModifiableSolrParams params = new ModifiableSolrParams();
        params.set("q", "*:*");
        params.set("rows", 0);
        return run(params).getResults().getNumFound();
    }

    /** The newest update's version in the collection (changes with every committed change), 0 when empty. */
    public long version() throws IOException, SolrServerException {
        ModifiableSolrParams params = new ModifiableSolrParams();
        params.set("q", "*:*");
        params.set("rows", 1);
        params.set("fl", "_version_");
        params.set("sort", "_version_ desc");
        QueryResponse response = run(params);
        return response.getResults().isEmpty() ? 0 : ((Number) response.getResults().get(0).getFirstValue("_version_")).longValue();
    }

    /** The article with this id, as last committed. */
    public Optional<StoredArticle> article(String id) throws IOException, SolrServerException {
        ModifiableSolrParams params = new ModifiableSolrParams();
        params.set("q", "{!term f=" + Fields.ID + " v=$id}");
        params.set("id", id);
        params.set("fl", STORED + "," + String.join(",", Fields.BODY, Fields.SOURCE, Fields.URL));
        params.set("rows", 1);
        QueryResponse response = run(params);
        if (response.getResults().isEmpty()) {
            return Optional.empty();
        }
        SolrDocument doc = response.getResults().get(0);
        return Optional.of(new StoredArticle(found(doc, null), (String) doc.getFirstValue(Fields.BODY),
                (String) doc.getFirstValue(Fields.SOURCE), (String) doc.getFirstValue(Fields.URL)));
    }

    /**
     * Articles like this one (Solr's MoreLikeThis over title and body, with the embedded backend's settings:
     * every term counts, at most 25 of them), the article itself left out.
     */
    public List<Found> moreLikeThis(String id, int count) throws IOException, SolrServerException {
        ModifiableSolrParams params = new ModifiableSolrParams();
        params.set("q", "{!mlt qf=" + Fields.TITLE + "," + Fields.BODY + " mintf=1 mindf=1 maxqt=25 v=$id}");
        params.set("id", id);
        params.set("fl", STORED);
        params.set("rows", count);
        QueryResponse response = run(params);
        List<Found> related = new ArrayList<>();
        for (SolrDocument doc : response.getResults()) {
            related.add(found(doc, null));
        }
        return related;
    }

    /**
     * Runs a query. Solr's 400 (a query it refuses, e.g. one that expands to too many clauses) becomes an
     * IllegalArgumentException with a message for the user, like the embedded backend's InvalidRequestException;
     * anything else (cluster unreachable) stays an IOException or SolrServerException: a server-side failure.
     */
    QueryResponse run(ModifiableSolrParams params) throws IOException, SolrServerException {
        try {
            // POST: a query of up to Limits.MAX_QUERY_CHARS plus facet and filter parameters may not fit in a URL.
            return new QueryRequest(params, SolrRequest.METHOD.POST).process(nodes, nodes.collection());
        } catch (SolrException e) {
            if (e.code() == SolrException.ErrorCode.BAD_REQUEST.code) {
                throw new IllegalArgumentException("The query could not be run: " + e.getMessage()
                        .replaceFirst("^Error from server at \\S+: ", ""), e);
            }
            throw e;
        }
    }

    /** Facet selections (tagged, for the facets to exclude), and the period on the epoch day as the index holds it. */
    static void filters(ModifiableSolrParams params, Criteria criteria) {
        for (String dim : SolrFacets.SELECTABLE) {
            List<String> values = criteria.selected().getOrDefault(dim, List.of());
            if (values.isEmpty()) {
                continue;
            }
            // OR of exact terms; each value is a parameter of its own, never parsed as query syntax.
            StringBuilder any = new StringBuilder("{!bool tag=" + dim);
            for (int i = 0; i < values.size(); i++) {
                String name = "sel_" + dim + "_" + i;
                params.set(name, values.get(i));
                params.set("fq_" + name, "{!term f=" + dim + " v=$" + name + "}");
                any.append(" should=$fq_").append(name);
            }
            params.add("fq", any.append('}').toString());
        }
        if (criteria.from() != null || criteria.to() != null) {
            String low = criteria.from() == null ? "*" : Long.toString(criteria.from().toEpochDay());
            String high = criteria.to() == null ? "*" : Long.toString(criteria.to().toEpochDay());
            params.add("fq", "{!tag=" + SolrFacets.DATE_TAG + "}" + Fields.DATE + ":[" + low + " TO " + high + "]");
        }
    }

    static void highlight(ModifiableSolrParams params) {
        params.set("hl", true);
        params.set("hl.method", "unified");
        params.set("hl.fl", Fields.BODY);
        params.set("hl.encoder", "html");
        params.set("hl.tag.pre", "<mark>");
        params.set("hl.tag.post", "</mark>");
        params.set("hl.snippets", SNIPPET_PASSAGES);
        params.set("hl.fragsize", 1); // 1: one sentence per passage, as Lucene's UnifiedHighlighter (0 would be the whole body)
        params.set("hl.requireFieldMatch", true);
        params.set("hl.defaultSummary", true);
        params.set("hl.offsetSource", "POSTINGS");
    }

    static String snippet(Map<String, Map<String, List<String>>> snippets, String id) {
        if (snippets == null || snippets.get(id) == null) {
            return null;
        }
        List<String> passages = snippets.get(id).get(Fields.BODY);
        return passages == null || passages.isEmpty() ? null : String.join(ELLIPSIS, passages);
    }

    static Found found(SolrDocument doc, String snippet) {
        Object date = doc.getFirstValue(Fields.DATE);
        List<Official> officials = new ArrayList<>();
        for (Object data : values(doc, Fields.OFFICIAL_DATA)) {
            officials.add(OfficialData.decode(String.valueOf(data)));
        }
        List<String> countries = values(doc, Fields.COUNTRY).stream().map(String::valueOf).toList();
        return new Found(String.valueOf(doc.getFirstValue(Fields.ID)), (String) doc.getFirstValue(Fields.TITLE),
                date == null ? null : LocalDate.ofEpochDay(((Number) date).longValue()),
                (String) doc.getFirstValue(Fields.PLACE), snippet, officials, countries);
    }

    private static Collection<Object> values(SolrDocument doc, String field) {
        Collection<Object> values = doc.getFieldValues(field);
        return values == null ? List.of() : values;
    }
}
