package kz.rudny.cabinet.web.exchange;

import kz.rudny.cabinet.domain.people.boundary.Language;
import kz.rudny.cabinet.library.exchange.boundary.SharedMaterialView;

/** How a shared material's titles read for a person: in their language first, the other one after. */
final class SharedTexts {

    private SharedTexts() {
    }

    static String title(SharedMaterialView v, Language reader) {
        String kk = blankToNull(v.titleKk());
        String ru = blankToNull(v.titleRu());
        if (reader == Language.RU) {
            return ru != null ? ru : kk;
        }
        return kk != null ? kk : ru;
    }

    /** The title in the other language, when there is one and it differs. */
    static String otherTitle(SharedMaterialView v, Language reader) {
        String first = title(v, reader);
        String kk = blankToNull(v.titleKk());
        String ru = blankToNull(v.titleRu());
        String other = first != null && first.equals(kk) ? ru : kk;
        return other != null && !other.equals(first) ? other : null;
    }

    static String grades(Integer from, Integer to) {
        if (from == null && to == null) {
            return null;
        }
        if (from == null || to == null || from.equals(to)) {
            return Integer.toString(from != null ? from : to);
        }
        return from + "–" + to;
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
