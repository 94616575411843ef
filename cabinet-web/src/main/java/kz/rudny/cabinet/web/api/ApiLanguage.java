package kz.rudny.cabinet.web.api;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import kz.rudny.cabinet.domain.people.boundary.Language;
import kz.rudny.cabinet.domain.people.boundary.Profile;
import kz.rudny.cabinet.domain.platform.boundary.Settings;
import kz.rudny.cabinet.domain.security.CurrentCaller;

/**
 * The language of an API answer (messages, titles): the first of kk, ru, en the request's
 * {@code Accept-Language} names, else the signed-in person's language (their choice, else their school's),
 * else the configured default.
 */
@RequestScoped
public class ApiLanguage {

    @Inject
    HttpServletRequest request;

    @Inject
    CurrentCaller caller;

    @Inject
    Profile profile;

    @Inject
    Settings settings;

    private Language language;

    public Language language() {
        if (language == null) {
            Optional<Language> asked = accepted(request.getHeader("Accept-Language"));
            if (asked.isPresent()) {
                language = asked.get();
            } else if (signedIn()) {
                language = personal();
            } else {
                return settings.defaultLanguage(); // not kept: the request may sign in yet
            }
        }
        return language;
    }

    public Locale locale() {
        return language().locale();
    }

    private boolean signedIn() {
        try {
            return caller.isSignedIn();
        } catch (RuntimeException unreadable) {
            return false;
        }
    }

    private Language personal() {
        try {
            return profile.language(settings.defaultLanguage());
        } catch (RuntimeException unreadable) {
            return settings.defaultLanguage(); // an answer about an error must not fail for its language
        }
    }

    /** The language an {@code Accept-Language} header asks for, else the fallback (before anyone signed in). */
    public static Language acceptedOrDefault(String header, Language fallback) {
        return accepted(header).orElse(fallback);
    }

    /** The best of our languages an {@code Accept-Language} header asks for, honouring its weights. */
    static Optional<Language> accepted(String header) {
        if (header == null || header.isBlank()) {
            return Optional.empty();
        }
        try {
            List<String> ours = List.of("kk", "ru", "en");
            String tag = Locale.lookupTag(Locale.LanguageRange.parse(header), ours);
            return Language.fromCode(tag);
        } catch (IllegalArgumentException malformed) {
            return Optional.empty();
        }
    }
}
