package kz.rudny.cabinet.domain.errors;

import java.util.List;

/**
 * Input that a boundary refused. Each problem names the field (as the form and the API call it) and a
 * message key from the bundles; nothing was stored.
 */
public class InvalidInputException extends RuntimeException {

    public record Problem(String field, String messageKey, Object... arguments) {
    }

    private final List<Problem> problems;

    public InvalidInputException(String field, String messageKey, Object... arguments) {
        this(List.of(new Problem(field, messageKey, arguments)));
    }

    public InvalidInputException(List<Problem> problems) {
        super("Invalid input: " + problems.stream().map(p -> p.field() + "=" + p.messageKey()).toList());
        this.problems = List.copyOf(problems);
    }

    public List<Problem> problems() {
        return problems;
    }
}
