package communique.index;

import org.apache.lucene.document.Document;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.PostingsEnum;
import org.apache.lucene.index.MultiTerms;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.store.Directory;
import org.apache.lucene.util.Bits;
import org.apache.lucene.util.BytesRef;

import java.io.Closeable;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * A read-only view of the index as it was committed before this run: which version (hash) of each article it
 * holds, and which articles came from which file. The run compares against it and never against its own
 * uncommitted changes. Thread-safe.
 */
final class PreviousCommit implements Closeable {

    private static final Set<String> HASH_ONLY = Set.of(Fields.HASH);
    private static final Set<String> ID_ONLY = Set.of(Fields.ID);

    private final DirectoryReader reader;
    private final IndexSearcher searcher;

    private PreviousCommit(DirectoryReader reader) {
        this.reader = reader;
        this.searcher = reader == null ? null : new IndexSearcher(reader);
    }

    static PreviousCommit empty() {
        return new PreviousCommit(null);
    }

    static PreviousCommit open(Directory dir) throws IOException {
        return new PreviousCommit(DirectoryReader.open(dir));
    }

    /** The stored hash of article {@code id}, or null when the index does not hold it. */
    String hashOf(String id) throws IOException {
        if (searcher == null) {
            return null;
        }
        TopDocs top = searcher.search(new TermQuery(new Term(Fields.ID, id)), 1);
        if (top.scoreDocs.length == 0) {
            return null;
        }
        Document doc = searcher.storedFields().document(top.scoreDocs[0].doc, HASH_ONLY);
        return doc.get(Fields.HASH);
    }

    /** Every source file the index holds articles from. */
    List<String> files() throws IOException {
        List<String> files = new ArrayList<>();
        if (reader == null) {
            return files;
        }
        Terms terms = MultiTerms.getTerms(reader, Fields.FILE);
        if (terms == null) {
            return files;
        }
        TermsEnum it = terms.iterator();
        for (BytesRef term = it.next(); term != null; term = it.next()) {
            files.add(term.utf8ToString());
        }
        return files;
    }

    /** The ids of the live articles that came from {@code file}, read straight from the postings. */
    List<String> idsFrom(String file) throws IOException {
        List<String> ids = new ArrayList<>();
        if (reader == null) {
            return ids;
        }
        BytesRef term = new BytesRef(file);
        for (LeafReaderContext leaf : reader.leaves()) {
            Terms terms = leaf.reader().terms(Fields.FILE);
            TermsEnum it = terms == null ? null : terms.iterator();
            if (it == null || !it.seekExact(term)) {
                continue;
            }
            Bits live = leaf.reader().getLiveDocs();
            StoredFields stored = leaf.reader().storedFields();
            PostingsEnum docs = it.postings(null, PostingsEnum.NONE);
            for (int doc = docs.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = docs.nextDoc()) {
                if (live == null || live.get(doc)) {
                    ids.add(stored.document(doc, ID_ONLY).get(Fields.ID));
                }
            }
        }
        return ids;
    }

    IndexReader reader() {
        return reader;
    }

    @Override
    public void close() throws IOException {
        if (reader != null) {
            reader.close();
        }
    }
}
