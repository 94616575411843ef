package kz.rudny.cabinet.domain.spreadsheet;

/**
 * The whole file cannot be imported; nothing of it is taken. The message is a message key:
 * {@value #EMPTY}, {@value #FORMAT}, {@value #ENCODING}, {@value #MALFORMED}, {@value #UNREADABLE},
 * {@value #TOO_MANY_ROWS}, {@value #DUPLICATE_COLUMN}, or the key the importer gave for a required column
 * the header lacks.
 */
public class SheetFileException extends Exception {

    public static final String EMPTY = "import.file.empty";
    public static final String FORMAT = "import.file.format";
    public static final String ENCODING = "import.file.encoding";
    public static final String MALFORMED = "import.file.malformed";
    public static final String UNREADABLE = "import.file.unreadable";
    public static final String TOO_MANY_ROWS = "import.file.tooManyRows";
    public static final String DUPLICATE_COLUMN = "import.header.duplicate";

    private final String messageKey;
    private final transient Object[] arguments;

    public SheetFileException(String messageKey, Object... arguments) {
        super(messageKey);
        this.messageKey = messageKey;
        this.arguments = arguments.clone();
    }

    public SheetFileException(String messageKey, Throwable cause) {
        super(messageKey, cause);
        this.messageKey = messageKey;
        this.arguments = new Object[0];
    }

    public String messageKey() {
        return messageKey;
    }

    /** Values for the message: the row cap for {@value #TOO_MANY_ROWS}, the header for {@value #DUPLICATE_COLUMN}. */
    public Object[] arguments() {
        return arguments.clone();
    }
}
