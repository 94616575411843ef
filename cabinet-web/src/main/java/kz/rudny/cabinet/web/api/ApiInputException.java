package kz.rudny.cabinet.web.api;

/**
 * Input the API itself refuses before any boundary sees it (a malformed description, an unknown parameter
 * value); like the domain's InvalidInputException, but its message key is an interface text
 * ({@code kz.rudny.cabinet.web.messages}, keys {@code api.*}).
 */
class ApiInputException extends RuntimeException {

    private final String field;
    private final String messageKey;
    private final transient Object[] arguments;

    ApiInputException(String field, String messageKey, Object... arguments) {
        super("Invalid API input: " + field + "=" + messageKey);
        this.field = field;
        this.messageKey = messageKey;
        this.arguments = arguments;
    }

    String field() {
        return field;
    }

    String messageKey() {
        return messageKey;
    }

    Object[] arguments() {
        return arguments;
    }
}
