package kz.rudny.cabinet.library.corners.boundary;

/**
 * The corners every school's cabinet has, as in the seed document. Their names and descriptions come from
 * the message bundles, so each shows in the reader's language; a school's own corners carry typed names.
 */
public enum SeedCorner {
    /** "Modern pedagogical technologies and best-practice exchange"; marks Cambridge-course teachers. */
    TECHNOLOGIES(false),
    /** "Help for the young specialist": exemplary lesson plans, analysis templates, event planning. */
    YOUNG_SPECIALIST(false),
    /** "This is what you need...": everyday documents and announcements, each with an expiry date. */
    EVERYDAY(true);

    private final boolean itemsExpire;

    SeedCorner(boolean itemsExpire) {
        this.itemsExpire = itemsExpire;
    }

    public boolean itemsExpire() {
        return itemsExpire;
    }
}
