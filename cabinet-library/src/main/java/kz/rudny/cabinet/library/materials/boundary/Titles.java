package kz.rudny.cabinet.library.materials.boundary;

import kz.rudny.cabinet.domain.people.boundary.Language;

/** A material's two titles (Kazakh and Russian, at least one): the one to show a reader, and both together. */
public final class Titles {

    private Titles() {
    }

    /** The title in the reader's language if there is one, else the other (Kazakh first for other readers). */
    public static String inLanguage(String titleKk, String titleRu, Language reader) {
        if (reader == Language.RU) {
            return titleRu != null ? titleRu : titleKk;
        }
        return titleKk != null ? titleKk : titleRu;
    }

    /** Both titles, as records, certificates and the district name the material. */
    public static String both(String titleKk, String titleRu) {
        if (titleKk != null && titleRu != null) {
            return titleKk + " / " + titleRu;
        }
        return titleKk != null ? titleKk : titleRu;
    }
}
