package communique.index;

import communique.extract.EntityExtractor;

import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.index.IndexWriterConfig.OpenMode;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class IndexerTest {

    @TempDir
    Path tmp;

    private Path articles;
    private Path indexPath;
    private Indexer indexer;

    @BeforeEach
    void setUp() throws IOException {
        articles = Files.createDirectories(tmp.resolve("articles"));
        indexPath = tmp.resolve("index");
        indexer = new Indexer(indexPath, new EntityExtractor(), 2);
        for (int i = 0; i < 3; i++) {
            Files.writeString(articles.resolve("story" + i + ".txt"), "Story number " + i + " about talks in Islamabad.");
        }
    }

    @Test
    void refusesAtOnceWhenAnotherWriterHoldsTheIndex() throws Exception {
        indexer.index(List.of(articles), IndexProgress.NONE);
        try (Directory dir = FSDirectory.open(indexPath);
             IndexWriter other = new IndexWriter(dir, Indexer.writerConfig(OpenMode.APPEND))) {
            assertThat(other.isOpen()).isTrue();
            assertThatThrownBy(() -> indexer.index(List.of(articles), IndexProgress.NONE))
                    .isInstanceOf(IndexWriteException.class)
                    .hasMessageContaining("another indexer is already writing to " + indexPath);
        }
    }

    @Test
    void keepsIndexedArticlesOfAFileThatBecameUnreadable() throws Exception {
        indexer.index(List.of(articles), IndexProgress.NONE);
        Files.write(articles.resolve("story1.txt"), new byte[] {(byte) 0xC3, (byte) 0x28, 0, 0});

        IndexReport report = indexer.index(List.of(articles), IndexProgress.NONE);

        assertThat(report.skippedSources()).singleElement().asString().contains("story1.txt");
        assertThat(report.deletedCount()).isZero();
        assertThat(numDocs()).isEqualTo(3);
    }

    @Test
    void deletesOnlyUnderTheRootsItWasGiven() throws Exception {
        Path other = Files.createDirectories(tmp.resolve("other"));
        Files.writeString(other.resolve("elsewhere.txt"), "A story from another folder about Kabul.");
        indexer.index(List.of(articles, other), IndexProgress.NONE);

        Files.delete(articles.resolve("story2.txt"));
        IndexReport report = indexer.index(List.of(articles), IndexProgress.NONE);

        assertThat(report.deletedCount()).isEqualTo(1);
        assertThat(numDocs()).as("elsewhere.txt stays: its folder was not part of this run").isEqualTo(3);
    }

    @Test
    void buildsTheFirstIndexAsideAndSwitchesItIntoPlace() throws Exception {
        assertThat(new IndexLocation(indexPath).exists()).isFalse();
        indexer.index(List.of(articles), IndexProgress.NONE);
        assertThat(new IndexLocation(indexPath).exists()).isTrue();
        assertThat(tmp.resolve("index.building")).doesNotExist();
    }

    @Test
    void reportsASkippedFolderThatDoesNotExistAndIndexesTheRest() throws Exception {
        IndexReport report = indexer.index(List.of(articles, tmp.resolve("missing")), IndexProgress.NONE);
        assertThat(report.addedCount()).isEqualTo(3);
        assertThat(report.skippedSources()).singleElement().asString().contains("missing");
    }

    @Test
    void keepsEachIdOnceWhenLaterRunsAddNewArticlesAndReplaceChangedOnes() throws Exception {
        indexer.index(List.of(articles), IndexProgress.NONE);
        Files.writeString(articles.resolve("story1.txt"), "Story number 1, revised, about talks in Kabul.");
        Files.writeString(articles.resolve("story3.txt"), "Story number 3 about talks in Doha.");

        IndexReport report = indexer.index(List.of(articles), IndexProgress.NONE);

        assertThat(report.summaryLine()).startsWith("added=1 updated=1 unchanged=2 deleted=0 skipped=0 ");
        try (Directory dir = FSDirectory.open(indexPath); DirectoryReader reader = DirectoryReader.open(dir)) {
            assertThat(reader.numDocs()).isEqualTo(4);
            IndexSearcher searcher = new IndexSearcher(reader);
            for (String id : List.of("story0", "story1", "story2", "story3")) {
                assertThat(searcher.count(new TermQuery(new Term(Fields.ID, id)))).as(id).isEqualTo(1);
            }
        }
    }

    @Test
    void smallIncrementalRunsDoNotPileUpTinySegments() throws Exception {
        indexer.index(List.of(articles), IndexProgress.NONE);
        for (int run = 0; run < 20; run++) {
            Files.writeString(articles.resolve("late" + run + ".txt"), "Late story " + run + " about talks in Kabul.");
            indexer.index(List.of(articles), IndexProgress.NONE);
        }
        try (Directory dir = FSDirectory.open(indexPath); DirectoryReader reader = DirectoryReader.open(dir)) {
            assertThat(reader.numDocs()).isEqualTo(23);
            assertThat(reader.leaves()).as("the commit merges small segments").hasSizeLessThanOrEqualTo(10);
        }
    }

    private int numDocs() throws IOException {
        try (Directory dir = FSDirectory.open(indexPath); DirectoryReader reader = DirectoryReader.open(dir)) {
            return reader.numDocs();
        }
    }
}
