package kz.rudny.cabinet.domain.platform.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import kz.rudny.cabinet.domain.people.boundary.Language;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** The default language is the configured one, whichever it is; there is no other default hidden in the code. */
class SettingsTest {

    @ParameterizedTest
    @CsvSource({"kk, KK", "ru, RU", "en, EN", "RU, RU", "' en ', EN"})
    void theDefaultLanguageIsTheConfiguredOne(String configured, Language expected) {
        assertEquals(expected, settings(configured).defaultLanguage());
    }

    @ParameterizedTest
    @ValueSource(strings = {"de", "kz", "", "қаз"})
    void aLanguageTheInterfaceDoesNotHaveIsRefusedNamingTheSetting(String configured) {
        IllegalStateException refused = assertThrows(IllegalStateException.class,
                () -> settings(configured).defaultLanguage());
        assertTrue(refused.getMessage().contains(ConfigKeys.DEFAULT_LANGUAGE), refused::getMessage);
    }

    private static Settings settings(String defaultLanguage) {
        Settings settings = new Settings();
        settings.defaultLanguage = defaultLanguage;
        return settings;
    }
}
