package kz.rudny.cabinet.domain.security;

import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Who the client is behind a proxy, by the rule of ASVS (trust forwarding headers only from known proxies): the
 * socket's address, unless the request came from one of the configured trusted proxies; then the nearest address of
 * {@code X-Forwarded-For} that is not itself a trusted proxy, read from the right, since every proxy appends the
 * address it saw and only the part written by trusted proxies can be believed. A client may send any
 * {@code X-Forwarded-For} of its own: from an untrusted address it is ignored, and behind a trusted proxy its forged
 * entries stand left of the one the proxy appended, so they are never reached. An entry that is not an IP address
 * stops the reading at the last trusted hop.
 */
public final class ForwardedFor {

    /** IPv4 or IPv6 literals only: nothing here ever resolves a name. */
    private static final Pattern ADDRESS = Pattern.compile("[0-9a-fA-F:.]{2,45}");

    private final Set<String> trustedProxies;

    /** The trusted proxies' addresses (exact IP addresses); none: every forwarding header is ignored. */
    public ForwardedFor(Collection<String> trustedProxies) {
        this.trustedProxies = trustedProxies.stream().map(ForwardedFor::normal).filter(a -> !a.isEmpty())
                .collect(Collectors.toUnmodifiableSet());
    }

    /** Parses the setting's form: addresses separated by commas or spaces. */
    public static ForwardedFor of(String setting) {
        return new ForwardedFor(setting == null ? List.of() : Arrays.asList(setting.split("[,\\s]+")));
    }

    public boolean isTrusted(String socketAddress) {
        return socketAddress != null && trustedProxies.contains(normal(socketAddress));
    }

    /**
     * The client's address for a request from {@code socketAddress} carrying {@code forwardedFor} (the
     * {@code X-Forwarded-For} headers joined by commas; null when absent).
     */
    public String clientAddress(String socketAddress, String forwardedFor) {
        if (!isTrusted(socketAddress) || forwardedFor == null || forwardedFor.isBlank()) {
            return socketAddress;
        }
        String[] hops = forwardedFor.split(",");
        String client = socketAddress;
        for (int i = hops.length - 1; i >= 0; i--) {
            String hop = normal(hops[i]);
            if (!ADDRESS.matcher(hop).matches()) {
                return client;
            }
            client = hop;
            if (!trustedProxies.contains(hop)) {
                return client;
            }
        }
        return client;
    }

    /**
     * Whether a trusted proxy says the client's connection to it was TLS: {@code X-Forwarded-Proto} (headers joined
     * by commas) whose last entry, the one the nearest proxy wrote, is {@code https}. From anywhere else the header
     * is ignored.
     */
    public boolean forwardedOverTls(String socketAddress, String forwardedProto) {
        if (!isTrusted(socketAddress) || forwardedProto == null || forwardedProto.isBlank()) {
            return false;
        }
        String[] hops = forwardedProto.split(",");
        return "https".equals(normal(hops[hops.length - 1]));
    }

    private static String normal(String address) {
        return address.strip().toLowerCase(Locale.ROOT);
    }
}
