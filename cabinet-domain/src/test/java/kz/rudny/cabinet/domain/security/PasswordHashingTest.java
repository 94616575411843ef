package kz.rudny.cabinet.domain.security;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class PasswordHashingTest {

    @Test
    void aHashIsPbkdf2Sha512WithAtLeast210000IterationsAndARandomSalt() {
        String first = PasswordHashing.hash("Құпия-сөз-2026".toCharArray());
        String second = PasswordHashing.hash("Құпия-сөз-2026".toCharArray());
        assertTrue(first.startsWith("PBKDF2WithHmacSHA512:210000:"), first);
        assertNotEquals(first, second, "a new salt each time");
    }

    @Test
    void theRightPasswordMatchesAndNothingElseDoes() {
        String stored = PasswordHashing.hash("Құпия-сөз-2026".toCharArray());
        assertTrue(PasswordHashing.verify("Құпия-сөз-2026".toCharArray(), stored));
        assertFalse(PasswordHashing.verify("Купия-соз-2026".toCharArray(), stored), "Russian look-alike letters differ");
        assertFalse(PasswordHashing.verify("".toCharArray(), stored));
    }

    @Test
    void aMissingOrMalformedHashNeverMatches() {
        assertFalse(PasswordHashing.verify("x".toCharArray(), null));
        assertFalse(PasswordHashing.verify("x".toCharArray(), "plain-text"));
        assertFalse(PasswordHashing.verify("x".toCharArray(), "PBKDF2WithHmacSHA512:abc:!!:??"));
        assertFalse(PasswordHashing.verify("x".toCharArray(), "PBKDF2WithHmacSHA512:1000:AAAA:%%%"));
    }

    @Test
    void weakerOldHashesAreMarkedForRehashing() {
        byte[] salt = new byte[16];
        String weak = PasswordHashing.format(2048, salt, PasswordHashing.derive("p".toCharArray(), salt, 2048));
        assertTrue(PasswordHashing.verify("p".toCharArray(), weak));
        assertTrue(PasswordHashing.needsRehash(weak));
        assertFalse(PasswordHashing.needsRehash(PasswordHashing.hash("p".toCharArray())));
        assertTrue(PasswordHashing.needsRehash("garbage"));
    }
}
