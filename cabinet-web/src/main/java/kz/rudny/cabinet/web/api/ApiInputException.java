package kz.rudny.cabinet.web.api;

/**
 * Input the API itself refuses before any boundary sees it (a malformed description, an unknown parameter
 * value); like the domain's InvalidInputException, but its message key is an interface text
 * ({@code kz.rudny.cabinet.web.messages}, keys {@code api.*}). Refused input is 422; a query parameter that names
 * nothing the address serves (the dashboard's year or quarter) is a bad request, 400, with the same body.
 */
class ApiInputException extends RuntimeException {

    private final int status;
    private final String field;
    private final String messageKey;
    private final transient Object[] arguments;

    ApiInputException(String field, String messageKey, Object... arguments) {
        this(422, field, messageKey, arguments);
    }

    private ApiInputException(int status, String field, String messageKey, Object... arguments) {
        super("Invalid API input: " + field + "=" + messageKey);
        this.status = status;
        this.field = field;
        this.messageKey = messageKey;
        this.arguments = arguments;
    }

    /** A query parameter the address cannot answer for: 400 with the field and the message. */
    static ApiInputException badParameter(String field, String messageKey, Object... arguments) {
        return new ApiInputException(400, field, messageKey, arguments);
    }

    int status() {
        return status;
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
