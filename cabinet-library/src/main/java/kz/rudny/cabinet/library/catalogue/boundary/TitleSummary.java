package kz.rudny.cabinet.library.catalogue.boundary;

import java.io.Serializable;

/** A title in the catalogue list: how many copies the cabinet has and how many are on the shelf now. */
public record TitleSummary(long id, String title, String authors, Integer publicationYear, HoldingType type,
                           String shelfPlace, long copies, long available) implements Serializable {
}
