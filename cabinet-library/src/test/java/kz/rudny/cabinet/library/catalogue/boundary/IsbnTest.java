package kz.rudny.cabinet.library.catalogue.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

/** Every check digit below was computed by hand (weights 1,3 for ISBN-13; 10..2 mod 11 for ISBN-10). */
class IsbnTest {

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(delimiter = '|', value = {
            // ISBN-13 as printed and as typed
            "978-0-306-40615-7        | 9780306406157",
            "9780306406157            | 9780306406157",
            "978 0 306 40615 7        | 9780306406157",
            "ISBN 978-0-306-40615-7   | 9780306406157",
            "ISBN-13: 978-0-306-40615-7 | 9780306406157",
            "isbn13:9780306406157     | 9780306406157",
            "ISBN: 978-5-09-071623-9  | 9785090716239",
            "978-601-7101-24-4        | 9786017101244",
            "978–601–283–745–2        | 9786012837452",
            "979-10-00000-00-8        | 9791000000008",
            // ISBN-10 become 978 + nine digits + a new check digit
            "0-306-40615-2            | 9780306406157",
            "ISBN-10: 0-306-40615-2   | 9780306406157",
            "5-09-071623-4            | 9785090716239",
            "5-601-01247-4            | 9785601012478",
            "0140449116               | 9780140449112",
            // ISBN-10 with X as the check digit, either case
            "0-8044-2957-X            | 9780804429573",
            "0-8044-2957-x            | 9780804429573",
            "123456789X               | 9781234567897",
            "ISBN 1-234-56789-x       | 9781234567897",
    })
    void acceptsAndNormalises(String typed, String thirteen) {
        Isbn isbn = Isbn.parse(typed).orElseThrow();
        assertEquals(thirteen, isbn.value());
        assertEquals(thirteen, isbn.formatted());
        assertEquals(thirteen, isbn.toString());
    }

    @ParameterizedTest(name = "refuses [{0}]")
    @NullAndEmptySource
    @ValueSource(strings = {
            "   ",
            // wrong check digits
            "978-5-09-071623-4", "978-0-306-40615-8", "0-306-40615-3", "0-8044-2957-9", "1234567890",
            // X only as an ISBN-10 check digit
            "X234567890", "12345X7890", "978030640615X",
            // wrong lengths
            "978030640615", "97803064061570", "030640615", "03064061522", "9",
            // letters and other characters
            "978-0-306-4O615-7", "ISBN abc", "978/0/306/40615/7", "978.0.306.40615.7",
            // EAN-13 with a valid check digit but not a book prefix
            "4006381333931",
            // prefix text only
            "ISBN", "ISBN-13:"})
    void refuses(String typed) {
        assertTrue(Isbn.parse(typed).isEmpty());
    }

    @Test
    void isbn10AndIsbn13OfTheSameBookAreEqual() {
        assertEquals(Isbn.parse("0-306-40615-2"), Isbn.parse("978-0-306-40615-7"));
        assertEquals(Isbn.parse("0-306-40615-2").orElseThrow().hashCode(),
                Isbn.parse("9780306406157").orElseThrow().hashCode());
        assertNotEquals(Isbn.parse("0-306-40615-2"), Isbn.parse("5-09-071623-4"));
    }

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource({"978030640615, 7", "978509071623, 9", "978601710124, 4", "979100000000, 8", "978000000000, 2"})
    void checkDigit13(String twelve, char check) {
        assertEquals(check, Isbn.checkDigit13(twelve));
    }

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource({"030640615, 2", "080442957, X", "509071623, 4", "123456789, X", "000000000, 0"})
    void checkDigit10(String nine, char check) {
        assertEquals(check, Isbn.checkDigit10(nine));
    }
}
