package communique.export;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ExportFileTest {

    @Test
    void theNameIsTheQuerysWordsInPlainAscii() {
        assertThat(ExportFile.name("Naqvi extradition", ExportFormat.CSV)).isEqualTo("communique-naqvi-extradition.csv");
        assertThat(ExportFile.name("Communiqué «Genève» title:Talks", ExportFormat.JSONL))
                .isEqualTo("communique-communique-geneve-title-talks.jsonl");
        assertThat(ExportFile.name("", ExportFormat.CSV)).isEqualTo("communique-all.csv");
        assertThat(ExportFile.name("中国", ExportFormat.CSV)).isEqualTo("communique-all.csv");
    }

    @Test
    void nothingCanBreakTheHeaderOrLeaveTheDownloadFolder() {
        String header = ExportFile.contentDisposition("\"; filename=../../etc/passwd\r\nX-Evil: 1 \\ ..", ExportFormat.CSV);
        assertThat(header).isEqualTo("attachment; filename=\"communique-filename-etc-passwd-x-evil-1.csv\"");
    }

    @Test
    void aLongQueryMakesABoundedName() {
        String name = ExportFile.name("word ".repeat(100), ExportFormat.CSV);
        assertThat(name).hasSizeLessThanOrEqualTo("communique-.csv".length() + 60).endsWith("-word.csv");
    }
}
