package org.bwc.articlex.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CsvCellsTest {

    @ParameterizedTest(name = "[{0}] -> [{1}]")
    @CsvSource(delimiter = '|', quoteCharacter = '"', value = {
            "=HYPERLINK(\"http://x\")|'=HYPERLINK(\"http://x\")",
            "+cmd|'+cmd",
            "-2+3|'-2+3",
            "@SUM(1+1)|'@SUM(1+1)",
            "\uff1d1+1|'\uff1d1+1",
            "plain text|plain text",
            "a=b|a=b",
            "''|''",
    })
    void cellsThatASpreadsheetWouldRunAreShownAsText(String cell, String expected) {
        assertThat(CsvCells.defuse(cell)).isEqualTo(expected);
    }

    @org.junit.jupiter.api.Test
    void aFormulaAfterALeadingSpaceIsNotOneForASpreadsheet() {
        assertThat(CsvCells.defuse(" =1")).isEqualTo(" =1");
    }

    @ParameterizedTest
    @CsvSource({"'\t=1'", "'\r=1'"})
    void aTabOrCarriageReturnBeforeAFormulaIsDefusedToo(String cell) {
        assertThat(CsvCells.defuse(cell)).isEqualTo("'" + cell);
    }
}
