package kz.rudny.cabinet.domain.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PasswordPolicyTest {

    @ParameterizedTest(name = "\"{0}\" for {1}: {2}")
    @CsvSource({
            "short1,            anna,       password.tooShort",
            "xx-anna.k-xx,      anna.k,     password.containsUsername",
            "XX-ANNA.K-XX,      anna.k,     password.containsUsername",
            "aaaaaaaaaa,        anna,       password.tooSimple",
            "abababab12,        anna,       ''",
            "Жаңа-құпия-2026,   g3.teacher, ''"})
    void passwordsAreJudged(String password, String username, String expected) {
        assertEquals(expected.isEmpty() ? Optional.empty() : Optional.of(expected),
                PasswordPolicy.problem(password, username));
    }

    @Test
    void aPasswordOfMoreThan128CharactersIsRefused() {
        assertEquals(Optional.of("password.tooLong"), PasswordPolicy.problem("ab1".repeat(43), "x"));
        assertEquals(Optional.of("password.tooShort"), PasswordPolicy.problem(null, "x"));
    }

    @Test
    void temporaryPasswordsMeetThePolicyAndDiffer() {
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < 200; i++) {
            String temporary = PasswordPolicy.temporary();
            assertEquals(Optional.empty(), PasswordPolicy.problem(temporary, "someone"), temporary);
            seen.add(temporary);
        }
        assertTrue(seen.size() == 200, "no repeats");
    }
}
