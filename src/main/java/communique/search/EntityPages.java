package communique.search;

import communique.extract.Official;
import communique.index.Fields;

import org.apache.lucene.index.Term;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;

import java.io.IOException;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** Builds the official and country pages from one snapshot: a term query, its facet counts and newest articles. */
final class EntityPages {

    private static final int ARTICLES = 20;
    private static final int COMPANIONS = 10;

    private final IndexSnapshot snapshot;

    EntityPages(IndexSnapshot snapshot) {
        this.snapshot = snapshot;
    }

    Optional<EntityPage> official(String key) throws IOException {
        Query query = new TermQuery(new Term(Fields.OFFICIAL, key));
        TopDocs top = snapshot.search(query, ARTICLES, new Sort(Fields.dateSortField(true)));
        if (top.totalHits.value == 0) {
            return Optional.empty();
        }
        List<Hit> articles = new HitLoader(snapshot).loadPlain(top.scoreDocs);
        Set<String> roles = new LinkedHashSet<>(); // the roles the newest articles give them, newest first
        for (Hit article : articles) {
            for (Official seen : article.officials()) {
                if (seen.key().equals(key) && seen.role() != null) {
                    roles.add(seen.role());
                }
            }
        }
        Official official = snapshot.official(key);
        String country = official.country() == null ? null : CountryNames.name(official.country());
        return Optional.of(page("official", key, official.name(), List.copyOf(roles), country, query, articles));
    }

    Optional<EntityPage> country(String code) throws IOException {
        Query query = new TermQuery(new Term(Fields.COUNTRY, code));
        TopDocs top = snapshot.search(query, ARTICLES, new Sort(Fields.dateSortField(true)));
        if (top.totalHits.value == 0) {
            return Optional.empty();
        }
        return Optional.of(page("country", code, CountryNames.name(code), List.of(), null, query,
                new HitLoader(snapshot).loadPlain(top.scoreDocs)));
    }

    private EntityPage page(String kind, String key, String name, List<String> roles, String country, Query query,
                            List<Hit> articles) throws IOException {
        OrdinalCounts matching = snapshot.search(query, new FacetCounter(snapshot.facets()));
        FacetCounts counts = new FacetReader(snapshot).read(matching);
        return new EntityPage(kind, key, name, roles, country, matching.total(), counts.year(), articles,
                without(counts.official(), kind.equals("official") ? key : null),
                without(counts.country(), kind.equals("country") ? key : null));
    }

    private static List<FacetValue> without(List<FacetValue> values, String self) {
        return values.stream().filter(v -> !v.value().equals(self)).limit(COMPANIONS).toList();
    }
}
