package kz.rudny.cabinet.library.index.boundary;

import kz.rudny.cabinet.library.index.boundary.SnippetPart;

/**
 * A piece of a snippet, verbatim from the document: {@code match} when it is a word (or phrase) the
 * query found. Plain text, never HTML: the page escapes it and marks the matched parts itself.
 */
public record SnippetPart(String text, boolean match) {
}
