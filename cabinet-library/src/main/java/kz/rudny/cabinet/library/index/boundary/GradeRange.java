package kz.rudny.cabinet.library.index.boundary;

import java.util.LinkedHashSet;
import java.util.Set;
import kz.rudny.cabinet.library.index.boundary.GradeRange;

/** The GRADE facet's values of a "from–to" grade range: each grade in it; one end alone stands for itself. */
public final class GradeRange {

    private GradeRange() {
    }

    public static Set<String> values(Integer from, Integer to) {
        Set<String> grades = new LinkedHashSet<>();
        if (from == null && to == null) {
            return grades;
        }
        int first = from != null ? from : to;
        int last = to != null ? to : from;
        for (int g = first; g <= last; g++) {
            grades.add(Integer.toString(g));
        }
        return grades;
    }
}
