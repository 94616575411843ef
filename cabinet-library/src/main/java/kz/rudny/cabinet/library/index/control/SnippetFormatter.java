package kz.rudny.cabinet.library.index.control;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import kz.rudny.cabinet.library.index.boundary.SnippetPart;
import org.apache.lucene.search.uhighlight.Passage;
import org.apache.lucene.search.uhighlight.PassageFormatter;

/**
 * Formats the best passage of a field as {@link SnippetPart}s instead of HTML: the text between matches
 * as plain parts, each match (overlapping or touching matches merged) as a matched part. Whitespace at the
 * passage's ends is dropped. A field without a match gives null, so the caller can try the next field.
 */
final class SnippetFormatter extends PassageFormatter {

    @Override
    public Object format(Passage[] passages, String content) {
        for (Passage passage : passages) {
            if (passage.getNumMatches() > 0) {
                return parts(passage, content);
            }
        }
        return null;
    }

    static List<SnippetPart> parts(Passage passage, String content) {
        int start = passage.getStartOffset();
        int end = Math.min(passage.getEndOffset(), content.length());
        while (start < end && Character.isWhitespace(content.charAt(start))) {
            start++;
        }
        while (end > start && Character.isWhitespace(content.charAt(end - 1))) {
            end--;
        }
        int[][] matches = new int[passage.getNumMatches()][];
        for (int i = 0; i < matches.length; i++) {
            matches[i] = new int[] {passage.getMatchStarts()[i], passage.getMatchEnds()[i]};
        }
        Arrays.sort(matches, Comparator.comparingInt((int[] m) -> m[0]));

        List<SnippetPart> parts = new ArrayList<>();
        int at = start;
        int matchStart = -1;
        int matchEnd = -1;
        for (int[] match : matches) {
            int s = Math.max(match[0], start);
            int e = Math.min(match[1], end);
            if (e <= s) {
                continue;
            }
            if (matchEnd >= 0 && s <= matchEnd) {
                matchEnd = Math.max(matchEnd, e);
                continue;
            }
            if (matchEnd >= 0) {
                at = add(parts, content, at, matchStart, matchEnd);
            }
            matchStart = s;
            matchEnd = e;
        }
        if (matchEnd >= 0) {
            at = add(parts, content, at, matchStart, matchEnd);
        }
        if (at < end) {
            parts.add(new SnippetPart(content.substring(at, end), false));
        }
        return List.copyOf(parts);
    }

    private static int add(List<SnippetPart> parts, String content, int at, int matchStart, int matchEnd) {
        if (at < matchStart) {
            parts.add(new SnippetPart(content.substring(at, matchStart), false));
        }
        parts.add(new SnippetPart(content.substring(matchStart, matchEnd), true));
        return matchEnd;
    }
}
