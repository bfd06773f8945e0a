package communique.article;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The walk stays inside the folders given: a link to {@code /} (which walked the whole file system, into /proc and
 * /sys, without a word) or to any folder outside is reported and not followed unless asked; the walk is bounded in
 * depth and in entries, says where it stopped, and names the folders it did not walk so nothing under them is taken
 * for deleted; progress is told as it goes.
 */
class ArticleTreeWalkerTest {

    private static final String STORY = "ISLAMABAD: The Foreign Office said on Monday that talks would resume.";

    @TempDir
    Path tmp;

    @Test
    @Timeout(30)
    void aLinkToTheFileSystemRootIsReportedAndNotFollowed() throws Exception {
        Path root = Files.createDirectories(tmp.resolve("articles"));
        Files.writeString(root.resolve("a.txt"), STORY);
        Path slash = Files.createSymbolicLink(root.resolve("everything"), Path.of("/"));
        List<ArticleReadException> problems = new ArrayList<>();
        List<long[]> progress = new ArrayList<>();

        ArticleListing listing = ArticleFiles.walk(List.of(root), WalkPolicy.DEFAULT, problems::add,
                (entries, files) -> progress.add(new long[] {entries, files}));

        assertThat(listing.files()).containsExactly(root.resolve("a.txt"));
        assertThat(problems).singleElement().satisfies(p -> {
            assertThat(p.source()).isEqualTo(slash.toString());
            assertThat(p).hasMessageContaining("outside the folders given").hasMessageContaining("--follow-links");
        });
        assertThat(listing.notWalked()).containsExactly(slash.toAbsolutePath());
        assertThat(progress).last().satisfies(last -> assertThat(last).containsExactly(3, 1));
    }

    @Test
    void linksToFoldersInsideTheRootsAreFollowedAndOutsideOnlyWhenAsked() throws Exception {
        Path root = Files.createDirectories(tmp.resolve("articles"));
        Path inside = Files.createDirectories(root.resolve("2024"));
        Files.writeString(inside.resolve("a.txt"), STORY);
        Files.createSymbolicLink(root.resolve("latest"), inside);
        Path outside = Files.createDirectories(tmp.resolve("elsewhere"));
        Files.writeString(outside.resolve("b.txt"), STORY);
        Path link = Files.createSymbolicLink(root.resolve("more"), outside);

        List<ArticleReadException> problems = new ArrayList<>();
        ArticleListing listing = ArticleFiles.walk(List.of(root), WalkPolicy.DEFAULT, problems::add,
                ArticleListing.Progress.NONE);
        assertThat(listing.files()).containsExactly(inside.resolve("a.txt"));
        assertThat(problems).singleElement().satisfies(p -> assertThat(p.source()).isEqualTo(link.toString()));
        assertThat(listing.inUnwalkedFolder(link.resolve("b.txt").toAbsolutePath().toString())).isTrue();
        assertThat(listing.inUnwalkedFolder(inside.resolve("a.txt").toAbsolutePath().toString())).isFalse();

        List<ArticleReadException> none = new ArrayList<>();
        ArticleListing all = ArticleFiles.walk(List.of(root), WalkPolicy.following(true), none::add,
                ArticleListing.Progress.NONE);
        assertThat(all.files()).containsExactly(inside.resolve("a.txt"), link.resolve("b.txt"));
        assertThat(none).isEmpty();
        assertThat(all.notWalked()).isEmpty();
    }

    @Test
    void aFolderGivenThroughALinkIsWalkedAndSoAreLinksIntoIt() throws Exception {
        Path real = Files.createDirectories(tmp.resolve("real"));
        Files.createDirectories(real.resolve("sub"));
        Files.writeString(real.resolve("sub").resolve("a.txt"), STORY);
        Files.createSymbolicLink(real.resolve("again"), real.resolve("sub"));
        Path given = Files.createSymbolicLink(tmp.resolve("given"), real);
        List<ArticleReadException> problems = new ArrayList<>();

        ArticleListing listing = ArticleFiles.walk(List.of(given), WalkPolicy.DEFAULT, problems::add,
                ArticleListing.Progress.NONE);

        assertThat(listing.files()).containsExactly(given.resolve("again").resolve("a.txt"));
        assertThat(problems).isEmpty();
    }

    @Test
    void theWalkStopsAtItsDepthAndSaysWhere() throws Exception {
        Path root = Files.createDirectories(tmp.resolve("articles"));
        Path deep = Files.createDirectories(root.resolve("1/2/3/4"));
        Files.writeString(root.resolve("1/2/ok.txt"), STORY);
        Files.writeString(deep.resolve("deep.txt"), STORY);
        List<ArticleReadException> problems = new ArrayList<>();

        ArticleListing listing = ArticleFiles.walk(List.of(root), new WalkPolicy(false, 3, 1_000), problems::add,
                ArticleListing.Progress.NONE);

        assertThat(listing.files()).containsExactly(root.resolve("1/2/ok.txt"));
        assertThat(problems).singleElement().satisfies(p -> {
            assertThat(p.source()).isEqualTo(root.resolve("1/2/3").toString());
            assertThat(p).hasMessageContaining("more than 3 levels deep");
        });
        assertThat(listing.notWalked()).containsExactly(root.resolve("1/2/3").toAbsolutePath());
    }

    @Test
    @Timeout(60)
    void followingEveryLinkIsStillBoundedInEntries() throws Exception {
        Path root = Files.createDirectories(tmp.resolve("articles"));
        Files.writeString(root.resolve("a.txt"), STORY);
        Files.createSymbolicLink(root.resolve("everything"), Path.of("/"));
        List<ArticleReadException> problems = new ArrayList<>();
        List<long[]> progress = new ArrayList<>();

        ArticleListing listing = ArticleFiles.walk(List.of(root), new WalkPolicy(true, 64, 25_000), problems::add,
                (entries, files) -> progress.add(new long[] {entries, files}));

        assertThat(problems).filteredOn(p -> p.getMessage().contains("listing stopped after 25000 files and folders"))
                .singleElement().satisfies(p -> assertThat(p.source()).isEqualTo(root.toString()));
        assertThat(listing.notWalked()).contains(root.toAbsolutePath());
        assertThat(progress).as("told every 10,000 entries and at the end").hasSizeGreaterThanOrEqualTo(3);
        assertThat(progress.get(0)[0]).isEqualTo(10_000);
    }
}
