package kz.rudny.cabinet.library.materials.control;

import kz.rudny.cabinet.domain.files.boundary.FileKind;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.Map;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.regex.Pattern;
import org.apache.tika.exception.TikaException;
import org.apache.tika.exception.WriteLimitReachedException;
import org.apache.tika.io.TikaInputStream;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.parser.ParseContext;
import org.apache.tika.parser.Parser;
import org.apache.tika.parser.microsoft.ooxml.OOXMLParser;
import org.apache.tika.parser.odf.OpenDocumentParser;
import org.apache.tika.parser.pdf.PDFParser;
import org.apache.tika.sax.BodyContentHandler;
import org.apache.tika.sax.ContentHandlerDecorator;
import org.xml.sax.Attributes;
import org.xml.sax.ContentHandler;
import org.xml.sax.SAXException;

/**
 * The plain text inside a document, for full-text search: at most the first {@value #MAX_CHARS} characters,
 * whitespace collapsed to single spaces. A file is read only by Tika's parser for the kind it was sniffed as
 * (PDF, OOXML or OpenDocument), so no other parser ever sees uploaded bytes, and documents embedded in a
 * document are not opened. Images have no text, and a document that cannot be read as its kind gives none
 * either (with a warning in the log): a broken upload never stops the material being saved. The reading stops
 * as soon as its thread is interrupted (the next piece of text the parser hands over, or its next read of the
 * file): that is how {@link TextExtraction} gives up on a document that takes too long.
 */
@ApplicationScoped
public class TextExtractor {

    public static final int MAX_CHARS = 200_000;

    private static final Logger LOG = Logger.getLogger(TextExtractor.class.getName());
    private static final Pattern WHITESPACE = Pattern.compile("[\\s\\p{Z}]+");

    private final Map<FileKind, Parser> parsers = new EnumMap<>(Map.of(
            FileKind.PDF, new PDFParser(),
            FileKind.DOCX, new OOXMLParser(),
            FileKind.PPTX, new OOXMLParser(),
            FileKind.XLSX, new OOXMLParser(),
            FileKind.ODT, new OpenDocumentParser(),
            FileKind.ODP, new OpenDocumentParser()));

    public TextExtractor() {
    }

    public String text(Path file, FileKind kind) {
        Parser parser = parsers.get(kind);
        if (parser == null) {
            return "";
        }
        BodyContentHandler handler = new BodyContentHandler(MAX_CHARS);
        try (TikaInputStream in = TikaInputStream.get(file)) {
            Metadata metadata = new Metadata();
            metadata.set(Metadata.CONTENT_TYPE, kind.mediaType());
            parser.parse(in, new StopWhenInterrupted(handler), metadata, new ParseContext());
        } catch (IOException | SAXException | TikaException | RuntimeException e) {
            if (Thread.currentThread().isInterrupted()) {
                return "";
            }
            if (!WriteLimitReachedException.isWriteLimitReached(e)) {
                LOG.log(Level.WARNING, "No text could be read from " + file.getFileName() + " (" + kind + ")", e);
                return "";
            }
        }
        return collapsed(handler.toString());
    }

    /** Hands the parser's text on until the thread is interrupted, then stops the parser. */
    private static final class StopWhenInterrupted extends ContentHandlerDecorator {

        StopWhenInterrupted(ContentHandler handler) {
            super(handler);
        }

        @Override
        public void startElement(String uri, String localName, String name, Attributes atts) throws SAXException {
            stopIfInterrupted();
            super.startElement(uri, localName, name, atts);
        }

        @Override
        public void characters(char[] ch, int start, int length) throws SAXException {
            stopIfInterrupted();
            super.characters(ch, start, length);
        }

        private static void stopIfInterrupted() throws SAXException {
            if (Thread.currentThread().isInterrupted()) {
                throw new SAXException("Text extraction interrupted");
            }
        }
    }

    private static String collapsed(String text) {
        String single = WHITESPACE.matcher(text).replaceAll(" ").strip();
        if (!single.isEmpty() && Character.isHighSurrogate(single.charAt(single.length() - 1))) {
            return single.substring(0, single.length() - 1);
        }
        return single;
    }
}
