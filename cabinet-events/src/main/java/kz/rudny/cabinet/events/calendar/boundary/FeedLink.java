package kz.rudny.cabinet.events.calendar.boundary;

import java.io.Serializable;

/**
 * The private feed's address, shown once when made: {@code https://…/feeds/calendar/<token>.ics} and the same as
 * {@code webcal://…} (which calendar programs open as a subscription).
 */
public record FeedLink(String url, String webcalUrl) implements Serializable {

    public static final String PATH = "/feeds/calendar/";
    public static final String SUFFIX = ".ics";

    static FeedLink of(String publicUrl, String token) {
        String base = publicUrl.endsWith("/") ? publicUrl.substring(0, publicUrl.length() - 1) : publicUrl;
        String url = base + PATH + token + SUFFIX;
        return new FeedLink(url, url.replaceFirst("^https?://", "webcal://"));
    }
}
