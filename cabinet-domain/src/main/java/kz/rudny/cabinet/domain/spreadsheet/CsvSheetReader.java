package kz.rudny.cabinet.domain.spreadsheet;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads CSV as RFC 4180 describes it: UTF-8 with or without a byte-order mark, the separator (comma,
 * semicolon or tab) taken from the header line, fields in double quotes holding separators, line breaks
 * and doubled quotes. Lenient where Excel is: a quote inside an unquoted field is kept as a character, and
 * records end with CRLF, LF or CR. Cell text is returned exactly as written (nothing is evaluated or
 * trimmed); the file is refused as malformed when a quoted field is never closed or a record is absurdly long.
 */
final class CsvSheetReader implements SheetRows {

    private static final int MAX_RECORD_CHARS = 100_000;
    private static final int EOF = -1;

    private final BufferedReader reader;
    private final char separator;
    private int number;
    private int peeked = -2;

    private CsvSheetReader(BufferedReader reader, char separator) {
        this.reader = reader;
        this.separator = separator;
    }

    static CsvSheetReader open(InputStream in) throws SheetFileException {
        BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT)));
        try {
            reader.mark(MAX_RECORD_CHARS + 1);
            if (reader.read() != '\uFEFF') {
                reader.reset();
            }
            return new CsvSheetReader(reader, detectSeparator(reader));
        } catch (IOException e) {
            throw failure(e);
        }
    }

    /** Counts commas, semicolons and tabs outside quotes in the header record; the most frequent wins, comma on a tie. */
    private static char detectSeparator(BufferedReader reader) throws IOException {
        reader.mark(MAX_RECORD_CHARS);
        int commas = 0;
        int semicolons = 0;
        int tabs = 0;
        boolean quoted = false;
        for (int i = 0, c = reader.read(); c != EOF && i < MAX_RECORD_CHARS - 1; i++, c = reader.read()) {
            if (c == '"') {
                quoted = !quoted;
            } else if (!quoted && (c == '\n' || c == '\r')) {
                break;
            } else if (!quoted) {
                commas += c == ',' ? 1 : 0;
                semicolons += c == ';' ? 1 : 0;
                tabs += c == '\t' ? 1 : 0;
            }
        }
        reader.reset();
        if (semicolons > commas && semicolons >= tabs) {
            return ';';
        }
        return tabs > commas ? '\t' : ',';
    }

    char separator() {
        return separator;
    }

    @Override
    public SheetRow next() throws SheetFileException {
        try {
            return peek() == EOF ? null : readRecord();
        } catch (IOException e) {
            throw failure(e);
        }
    }

    private SheetRow readRecord() throws IOException, SheetFileException {
        List<String> fields = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        int length = 0;
        while (true) {
            int c = read();
            if (c == '"' && field.length() == 0) {
                length += readQuoted(field);
                continue;
            }
            if (c == EOF || c == '\n' || c == '\r') {
                if (c == '\r' && peek() == '\n') {
                    read();
                }
                fields.add(field.toString());
                return new SheetRow(++number, fields);
            }
            if (c == separator) {
                fields.add(field.toString());
                field.setLength(0);
            } else {
                field.append((char) c);
            }
            if (++length > MAX_RECORD_CHARS) {
                throw new SheetFileException(SheetFileException.MALFORMED);
            }
        }
    }

    /** Appends a quoted field's content up to its closing quote; returns the characters read. */
    private int readQuoted(StringBuilder field) throws IOException, SheetFileException {
        int length = 0;
        while (++length <= MAX_RECORD_CHARS) {
            int c = read();
            if (c == EOF) {
                throw new SheetFileException(SheetFileException.MALFORMED);
            }
            if (c == '"') {
                if (peek() != '"') {
                    return length;
                }
                read();
            }
            field.append((char) c);
        }
        throw new SheetFileException(SheetFileException.MALFORMED);
    }

    private int read() throws IOException {
        int c = peek();
        peeked = -2;
        return c;
    }

    private int peek() throws IOException {
        if (peeked == -2) {
            peeked = reader.read();
        }
        return peeked;
    }

    private static SheetFileException failure(IOException e) {
        return new SheetFileException(e instanceof CharacterCodingException
                ? SheetFileException.ENCODING : SheetFileException.UNREADABLE, e);
    }

    /** Leaves the caller's stream open: whoever opened it closes it. */
    @Override
    public void close() {
        // nothing of our own to release
    }
}
