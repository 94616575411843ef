package kz.rudny.cabinet.library.materials.boundary;

import java.util.Arrays;
import java.util.List;

/** A material's tags: typed and stored as one comma-separated text, shown as a list. */
public final class Tags {

    private Tags() {
    }

    public static List<String> split(String text) {
        if (text == null || text.isBlank()) {
            return List.of();
        }
        return Arrays.stream(text.split(",")).map(String::strip).filter(t -> !t.isEmpty()).toList();
    }

    /** Distinct tags, joined as stored; none gives null. */
    public static String join(String typed) {
        List<String> tags = split(typed).stream().distinct().toList();
        return tags.isEmpty() ? null : String.join(", ", tags);
    }
}
