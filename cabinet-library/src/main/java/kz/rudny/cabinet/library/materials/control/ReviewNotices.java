package kz.rudny.cabinet.library.materials.control;

import kz.rudny.cabinet.domain.notifications.boundary.Notice;
import kz.rudny.cabinet.library.materials.entity.Material;

/** What a material's author is told about its review (texts in the domain's notices bundle), linking to it. */
public final class ReviewNotices {

    private ReviewNotices() {
    }

    public static Notice approved(Material m) {
        return Notice.about("notice.material.approved", m.fullTitle()).linkingTo(link(m));
    }

    public static Notice returned(Material m, String comment) {
        return Notice.about("notice.material.returned", m.fullTitle(), comment).linkingTo(link(m));
    }

    private static String link(Material m) {
        return "/library/material.xhtml?id=" + m.getId();
    }
}
