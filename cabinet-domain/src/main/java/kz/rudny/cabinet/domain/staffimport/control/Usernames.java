package kz.rudny.cabinet.domain.staffimport.control;

import java.util.Locale;
import java.util.regex.Pattern;
import kz.rudny.cabinet.domain.text.Transliteration;

/**
 * Usernames made from a full name written "Surname Given-name Patronymic", as Kazakh and Russian lists are:
 * the given name and the surname in Latin letters, {@code Ахметова Ләззат Шәкірқызы} → {@code lazzat.akhmetova}.
 * A number is added when the name is taken ({@code lazzat.akhmetova2}).
 */
final class Usernames {

    /** What {@code StaffMemberForm} accepts: 3 to 60 of a-z, 0-9, dot, underscore, dash, starting with a letter or digit. */
    static final Pattern VALID = Pattern.compile("[a-z0-9][a-z0-9._-]{2,59}");
    private static final int MAX_BASE = 50;

    private Usernames() {
    }

    /** The name part of a username for a full name, before any number is added. */
    static String base(String fullName) {
        String[] words = fullName.strip().split("\\s+");
        String surname = latin(words[0]);
        String given = words.length > 1 ? latin(words[1]) : "";
        String base = given.isEmpty() ? surname : given + "." + surname;
        base = base.replaceAll("^[._-]+", "");
        if (base.length() > MAX_BASE) {
            base = base.substring(0, MAX_BASE).replaceAll("[._-]+$", "");
        }
        if (base.length() < 3) {
            base = base.isEmpty() ? "staff" : base + ".staff";
        }
        return base;
    }

    private static String latin(String word) {
        return Transliteration.toLatin(word).toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9-]", "");
    }
}
