package io.mezasu.measurement.webhook;

import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.URI;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Where webhooks may go (SSRF): https to public addresses only. Loopback, private (RFC 1918, fc00::/7, 100.64/10),
 * link-local (incl. the cloud metadata address 169.254.169.254), multicast and unspecified addresses are refused
 * unless the allow-list names the host or a block holding the address; plain http only to such allowed hosts.
 * Checked when a subscription is made and again, on a fresh resolution, before every delivery (DNS rebinding).
 */
public final class AddressPolicy {

    private static final List<Network> SHARED = List.of(Network.parse("fc00::/7"), Network.parse("100.64.0.0/10"),
            Network.parse("0.0.0.0/8"), Network.parse("255.255.255.255"));

    private final Set<String> hosts;
    private final List<Network> networks;

    private AddressPolicy(Set<String> hosts, List<Network> networks) {
        this.hosts = hosts;
        this.networks = networks;
    }

    /** From {@code mezasu.webhooks.allow}: host names, addresses and CIDR blocks. */
    public static AddressPolicy of(Collection<String> allow) {
        List<Network> networks = new ArrayList<>();
        Set<String> hosts = allow.stream().map(String::trim).filter(e -> !e.isEmpty())
                .filter(e -> !Network.isLiteral(e.contains("/") ? e.substring(0, e.indexOf('/')) : e))
                .map(e -> e.toLowerCase(Locale.ROOT)).collect(Collectors.toUnmodifiableSet());
        allow.stream().map(String::trim).filter(e -> !e.isEmpty() && !hosts.contains(e.toLowerCase(Locale.ROOT)))
                .forEach(e -> networks.add(Network.parse(e)));
        return new AddressPolicy(hosts, List.copyOf(networks));
    }

    /** The host to resolve, or why the URL itself is refused (before any DNS lookup). */
    public static Optional<String> shapeProblem(URI url) {
        if (!url.isAbsolute() || url.getHost() == null) {
            return Optional.of("url must be an absolute https URL with a host");
        }
        if (!"https".equalsIgnoreCase(url.getScheme()) && !"http".equalsIgnoreCase(url.getScheme())) {
            return Optional.of("url must use https (scheme " + url.getScheme() + " is not delivered to)");
        }
        if (url.getUserInfo() != null) {
            return Optional.of("url must not carry credentials; authenticate the sender by its signature");
        }
        if (url.getFragment() != null) {
            return Optional.of("url must not have a fragment");
        }
        return Optional.empty();
    }

    /** Why this URL, resolved to {@code addresses}, may not be delivered to; empty when it may. */
    public Optional<String> refusal(URI url, List<InetAddress> addresses) {
        Optional<String> shape = shapeProblem(url);
        if (shape.isPresent()) {
            return shape;
        }
        String host = host(url);
        if (addresses.isEmpty()) {
            return Optional.of("host " + host + " does not resolve");
        }
        boolean named = hosts.contains(host);
        boolean allAllowed = true;
        for (InetAddress address : addresses) {
            boolean allowed = named || networks.stream().anyMatch(n -> n.contains(address));
            Optional<String> kind = kind(address);
            if (kind.isPresent() && !allowed) {
                return Optional.of("host " + host + " resolves to " + address.getHostAddress() + ", a " + kind.get()
                        + " address; webhooks go only to public addresses unless mezasu.webhooks.allow names it");
            }
            allAllowed &= allowed;
        }
        if ("http".equalsIgnoreCase(url.getScheme()) && !allAllowed) {
            return Optional.of("url must use https; plain http only to hosts mezasu.webhooks.allow names");
        }
        return Optional.empty();
    }

    static String host(URI url) {
        String host = url.getHost().toLowerCase(Locale.ROOT);
        return host.startsWith("[") && host.endsWith("]") ? host.substring(1, host.length() - 1) : host;
    }

    /** The kind of a non-public address, or empty for a public one. */
    static Optional<String> kind(InetAddress address) {
        if (address.isAnyLocalAddress()) {
            return Optional.of("unspecified");
        }
        if (address.isLoopbackAddress()) {
            return Optional.of("loopback");
        }
        if (address.isLinkLocalAddress()) {
            return Optional.of("link-local (cloud metadata)");
        }
        if (address.isMulticastAddress()) {
            return Optional.of("multicast");
        }
        if (address.isSiteLocalAddress() || SHARED.stream().anyMatch(n -> n.contains(address))) {
            return Optional.of("private");
        }
        if (address instanceof Inet6Address v6 && v6.isIPv4CompatibleAddress()) {
            return Optional.of("IPv4-compatible");
        }
        return Optional.empty();
    }
}
