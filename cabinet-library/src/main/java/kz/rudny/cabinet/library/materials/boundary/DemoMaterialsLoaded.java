package kz.rudny.cabinet.library.materials.boundary;

import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;

/**
 * The demo data set's materials of a school are stored (fired inside the loading transaction, at start, with
 * no one signed in), for the features that show them: the corners place them, the exchange shares one.
 *
 * @param materials    the published demo materials by their part in the demo: {@code games} (national games in
 *                     lessons), {@code fractions} (an open lesson), {@code analysis} (a lesson analysis
 *                     template), {@code schedule} (the quarter's open lessons)
 * @param sharedCopy   the material the school shared with the district (already marked "shared"), or null
 * @param sharedBy     who shared it
 * @param sharedEarlier materials of the previous academic year the school shared then (already marked "shared")
 */
public record DemoMaterialsLoaded(long schoolId, String schoolName, Map<String, Long> materials,
                                  MaterialCopy sharedCopy, String sharedBy, List<Shared> sharedEarlier) {

    public DemoMaterialsLoaded {
        materials = Map.copyOf(materials);
        sharedEarlier = List.copyOf(sharedEarlier);
    }

    /** A material shared with the district at a time gone by. */
    public record Shared(MaterialCopy copy, LocalDateTime at) {
    }
}
