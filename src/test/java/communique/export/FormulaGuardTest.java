package communique.export;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class FormulaGuardTest {

    @ParameterizedTest
    @ValueSource(strings = {"=HYPERLINK(\"http://evil.example\",\"x\")", "+1+cmd|' /C calc'!A0", "-2+3", "@SUM(A1:A9)",
            "\t=1+1", "\r=1+1"})
    void cellsASpreadsheetWouldRunGetAnApostrophe(String cell) {
        assertThat(FormulaGuard.cell(cell)).isEqualTo("'" + cell);
    }

    @ParameterizedTest
    @ValueSource(strings = {"Naqvi meets Lord Wajid Khan", "2025-04-17", " =1+1", "a=b", "'quoted", "£5", "\n=1"})
    void otherCellsAreLeftAsTheyAre(String cell) {
        assertThat(FormulaGuard.cell(cell)).isEqualTo(cell);
    }

    @Test
    void emptyAndMissingCellsStaySo() {
        assertThat(FormulaGuard.cell("")).isEmpty();
        assertThat(FormulaGuard.cell(null)).isNull();
    }
}
