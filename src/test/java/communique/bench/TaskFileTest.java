package communique.bench;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class TaskFileTest {

    @Test
    void readsCategoryQueryAndFilters() {
        List<SearchTask> tasks = TaskFile.parse("# comment\n\nterm: talks\n"
                + "country-date: visa | country=GB | from=2000-01-01 | to=2012-12-31 | sort=newest | page=3 | view=page\n");
        assertThat(tasks).hasSize(2);
        assertThat(tasks.get(0)).isEqualTo(new SearchTask("term", "talks", null, null, null, null, false, 1, false, false));
        SearchTask filtered = tasks.get(1);
        assertThat(filtered.country()).isEqualTo("GB");
        assertThat(filtered.from()).isEqualTo(LocalDate.of(2000, 1, 1));
        assertThat(filtered.newest()).isTrue();
        assertThat(filtered.depth()).isEqualTo(30);
        assertThat(filtered.fullPage()).isTrue();
        assertThat(filtered.needsCommuniqueFields()).isTrue();
    }

    @Test
    void rejectsUnknownKeysNamingTheLine() {
        assertThatThrownBy(() -> TaskFile.parse("term: x\nterm: y | colour=red"))
                .hasMessageContaining("line 2").hasMessageContaining("colour");
    }

    @Test
    void bundledFileCoversEveryCategoryTheIssueAsksFor() throws IOException {
        assertThat(TaskFile.bundled()).extracting(SearchTask::category).contains("term", "and2", "or2", "phrase",
                "official", "country-date", "browse-newest", "page", "deep-page");
    }

    @Test
    void bundledQueriesUseWordsAndOfficialsTheGeneratorWrites() throws IOException {
        Vocabulary vocabulary = Vocabulary.standard();
        java.util.Set<String> words = new java.util.HashSet<>();
        for (int i = 0; i < vocabulary.size(); i++) {
            words.add(vocabulary.word(i));
        }
        NamePool pool = NamePool.standard();
        java.util.Set<String> prominent = new java.util.HashSet<>();
        for (Countries.Country c : Countries.ALL) {
            for (int i = 0; i < 3; i++) {
                prominent.add(pool.prominent(c.code(), i).key());
                words.addAll(List.of(pool.prominent(c.code(), i).fullName().toLowerCase(java.util.Locale.ROOT).split(" ")));
            }
            Roles.forCountry(c.code()).forEach(role -> words.addAll(List.of(role.lower().split(" "))));
        }
        for (SearchTask task : TaskFile.bundled()) {
            if (task.official() != null) {
                assertThat(prominent).contains(task.official());
            }
            for (String word : task.text().replace("\"", "").split(" ")) {
                if (!word.isEmpty() && !word.equals("OR")) {
                    assertThat(words).as(task.toString()).contains(word);
                }
            }
        }
    }

    @Test
    void theExpensiveTaskFileParsesAndRunsOnCommuniqueAlone() throws IOException {
        List<SearchTask> tasks = TaskFile.read(java.nio.file.Path.of("scripts", "bench", "expensive-tasks.txt"));
        assertThat(tasks).hasSizeGreaterThan(10).allMatch(SearchTask::communiqueOnly);
        assertThat(tasks).extracting(SearchTask::category).contains("leading-wildcard", "regex", "fuzzy", "prefix",
                "many-or", "deep-nesting", "deep-paging");
        assertThat(TaskFile.parse("x: talks | engine=communique").get(0).needsCommuniqueFields()).isTrue();
        assertThatThrownBy(() -> TaskFile.parse("x: talks | engine=baseline"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("communique");
    }
}
