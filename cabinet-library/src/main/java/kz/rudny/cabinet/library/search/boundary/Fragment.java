package kz.rudny.cabinet.library.search.boundary;

import java.io.Serializable;

/** A piece of the matching passage; {@code match} pieces are the words that matched (shown highlighted). */
public record Fragment(String text, boolean match) implements Serializable {
}
