package communique.bench;

import org.apache.lucene.document.Document;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Set;

/** The baseline's plain top-10: parse, score, load id and title of the hits shown. No facets, no snippets. */
final class BaselinePages implements PageSearcher {

    private static final Set<String> SHOWN = Set.of(BaselineIndex.ID, BaselineIndex.TITLE);

    private final Directory directory;
    private final DirectoryReader reader;
    private final IndexSearcher searcher;

    BaselinePages(Path dir) throws IOException {
        this.directory = FSDirectory.open(dir);
        this.reader = DirectoryReader.open(directory);
        this.searcher = new IndexSearcher(reader);
    }

    @Override
    public String name() {
        return "baseline";
    }

    @Override
    public boolean canAnswer(SearchTask task) {
        return !task.needsCommuniqueFields();
    }

    @Override
    public long run(SearchTask task) throws IOException {
        Query query = QueryBuilding.text(task.text(), BaselineIndex.TITLE, BaselineIndex.BODY, BaselineIndex.analyzer());
        TopDocs top = searcher.search(query, task.depth());
        StoredFields stored = searcher.storedFields();
        long shown = top.totalHits.value;
        ScoreDoc[] hits = top.scoreDocs;
        for (int i = (task.page() - 1) * SearchTask.PAGE_SIZE; i < hits.length; i++) {
            Document doc = stored.document(hits[i].doc, SHOWN);
            shown += doc.get(BaselineIndex.TITLE).length();
        }
        return shown;
    }

    @Override
    public void close() throws IOException {
        try (directory) {
            reader.close();
        }
    }
}
