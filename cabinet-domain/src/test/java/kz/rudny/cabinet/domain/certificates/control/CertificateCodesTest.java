package kz.rudny.cabinet.domain.certificates.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class CertificateCodesTest {

    private static final String FORMAT = "[0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z]{4}";

    @Test
    void newCodesAreThreeGroupsOfCrockfordCharacters() {
        for (int i = 0; i < 1_000; i++) {
            String code = CertificateCodes.newCode();
            assertTrue(code.matches(FORMAT), code);
        }
    }

    @Test
    void newCodesUseTheWholeAlphabet() {
        Set<Character> seen = new HashSet<>();
        for (int i = 0; i < 1_000; i++) {
            CertificateCodes.newCode().replace("-", "").chars().forEach(c -> seen.add((char) c));
        }
        assertEquals(32, seen.size());
        assertTrue(seen.stream().noneMatch(c -> "ILOU".indexOf(c) >= 0), seen::toString);
    }

    @Test
    void tenThousandCodesAreDistinct() {
        Set<String> codes = new HashSet<>();
        for (int i = 0; i < 10_000; i++) {
            codes.add(CertificateCodes.newCode());
        }
        assertEquals(10_000, codes.size());
    }

    @Test
    void newCodesRoundTripThroughNormalise() {
        for (int i = 0; i < 1_000; i++) {
            String code = CertificateCodes.newCode();
            assertEquals(Optional.of(code), CertificateCodes.normalise(code));
            assertEquals(Optional.of(code), CertificateCodes.normalise(code.toLowerCase().replace("-", " ")));
        }
    }

    @ParameterizedTest(name = "''{0}'' → {1}")
    @CsvSource(delimiter = '|', value = {
            "7KQ2-M9XD-4TRB      | 7KQ2-M9XD-4TRB",
            "7kq2-m9xd-4trb      | 7KQ2-M9XD-4TRB",
            "7KQ2M9XD4TRB        | 7KQ2-M9XD-4TRB",
            "7KQ2 M9XD 4TRB      | 7KQ2-M9XD-4TRB",
            "'  7kq2 m9xd 4trb ' | 7KQ2-M9XD-4TRB",
            "7KQ-2M9X-D4TR-B     | 7KQ2-M9XD-4TRB",
            "-7KQ2--M9XD--4TRB-  | 7KQ2-M9XD-4TRB",
            "7KQ2–M9XD—4TRB      | 7KQ2-M9XD-4TRB",
            "7KQ2-M9XD-4TRB\u00A0 | 7KQ2-M9XD-4TRB",
            "OOOO-OOOO-OOOO      | 0000-0000-0000",
            "oooo-0000-oOo0      | 0000-0000-0000",
            "IIII-LLLL-il1I      | 1111-1111-1111",
            "АВЕК-МНОР-СТХ7      | ABEK-MH0P-CTX7",
            "авек-мнор-стх7      | ABEK-MH0P-CTX7",
            "7КQ2-М9ХD-4ТRВ      | 7KQ2-M9XD-4TRB",
            "Іі22-УҮуү-0000      | 1122-YYYY-0000",
            "ZZZZ-ZZZZ-ZZZZ      | ZZZZ-ZZZZ-ZZZZ"})
    void normalisesWhatPeopleType(String typed, String canonical) {
        assertEquals(Optional.of(canonical), CertificateCodes.normalise(typed));
    }

    @ParameterizedTest(name = "''{0}''")
    @NullAndEmptySource
    @ValueSource(strings = {
            " ", "   ", "-", "----",
            "7KQ2-M9XD-4TR",
            "7KQ2-M9XD-4TRBX",
            "7KQ2-M9XD-4TRB-7KQ2",
            "7KQ2-M9XD-4TRU",
            "7KQ2-M9XD-4TR!",
            "7KQ2_M9XD_4TRB",
            "7KQ2.M9XD.4TRB",
            "7KQ2/M9XD/4TRB",
            "7KQ2-M9XD-4TRЖ",
            "7KQ2-M9XD-4TRқ",
            "ÄKQ2-M9XD-4TRB",
            "7KQ2-M9XD-4TR٣",
            "7KQ2-M9XD-4TRB                           ",
            "https://cabinet.rudny.kz/verify/7KQ2-M9XD-4TRB"})
    void refusesWhatCannotBeACode(String typed) {
        assertEquals(Optional.empty(), CertificateCodes.normalise(typed));
    }

    @Test
    void acceptsUpToFortyTypedCharacters() {
        String padded = "7KQ2-M9XD-4TRB" + " ".repeat(26);
        assertEquals(40, padded.length());
        assertEquals(Optional.of("7KQ2-M9XD-4TRB"), CertificateCodes.normalise(padded));
        assertEquals(Optional.empty(), CertificateCodes.normalise(padded + " "));
    }
}
