package kz.rudny.cabinet.domain.staffimport.control;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * What a staff row is checked against: the district's subjects by code, the caller's school's associations
 * by name (so another school's associations are never matched), and whether a username is taken in the district.
 */
public final class StaffDirectory {

    private final Map<String, Long> subjects = new HashMap<>();
    private final Map<String, Long> associations = new HashMap<>();
    private final Predicate<String> usernameTaken;

    /**
     * @param subjectIdsByCode     subject ids by code ({@code PHYSICS})
     * @param associationIdsByName the school's association ids by name as stored
     * @param usernameTaken        whether an account already has this username
     */
    public StaffDirectory(Map<String, Long> subjectIdsByCode, Map<String, Long> associationIdsByName,
                          Predicate<String> usernameTaken) {
        subjectIdsByCode.forEach((code, id) -> subjects.put(code.toUpperCase(Locale.ROOT), id));
        associationIdsByName.forEach((name, id) -> associations.put(StaffWords.normalise(name), id));
        this.usernameTaken = usernameTaken;
    }

    Optional<Long> subject(String code) {
        return Optional.ofNullable(subjects.get(code.strip().toUpperCase(Locale.ROOT)));
    }

    Optional<Long> association(String name) {
        return Optional.ofNullable(associations.get(StaffWords.normalise(name)));
    }

    boolean usernameTaken(String username) {
        return usernameTaken.test(username);
    }
}
