package io.mezasu.measurement.webhook;

import io.mezasu.platform.problem.Text;
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

    /** Why the URL itself is refused (before any DNS lookup); empty when its shape is sound. */
    public static Optional<AddressRefusal> shapeProblem(URI url) {
        if (!url.isAbsolute() || url.getHost() == null) {
            return refuse("not-absolute", Text.of("webhook.url.not-absolute"));
        }
        if (!"https".equalsIgnoreCase(url.getScheme()) && !"http".equalsIgnoreCase(url.getScheme())) {
            return refuse("scheme", Text.of("webhook.url.scheme", "scheme", url.getScheme()));
        }
        if (url.getUserInfo() != null) {
            return refuse("credentials", Text.of("webhook.url.credentials"));
        }
        if (url.getFragment() != null) {
            return refuse("fragment", Text.of("webhook.url.fragment"));
        }
        return Optional.empty();
    }

    /** Why this URL, resolved to {@code addresses}, may not be delivered to; empty when it may. */
    public Optional<AddressRefusal> refusal(URI url, List<InetAddress> addresses) {
        Optional<AddressRefusal> shape = shapeProblem(url);
        if (shape.isPresent()) {
            return shape;
        }
        String host = host(url);
        if (addresses.isEmpty()) {
            return refuse("unresolved", Text.of("webhook.url.unresolved", "host", host));
        }
        boolean named = hosts.contains(host);
        boolean allAllowed = true;
        for (InetAddress address : addresses) {
            boolean allowed = named || networks.stream().anyMatch(n -> n.contains(address));
            Optional<AddressKind> kind = kind(address);
            if (kind.isPresent() && !allowed) {
                return refuse("non-public", Text.of("webhook.url.non-public", "host", host,
                        "address", address.getHostAddress(), "kind", kind.get().text()));
            }
            allAllowed &= allowed;
        }
        if ("http".equalsIgnoreCase(url.getScheme()) && !allAllowed) {
            return refuse("plain-http", Text.of("webhook.url.plain-http"));
        }
        return Optional.empty();
    }

    private static Optional<AddressRefusal> refuse(String code, Text reason) {
        return Optional.of(new AddressRefusal(code, reason));
    }

    static String host(URI url) {
        String host = url.getHost().toLowerCase(Locale.ROOT);
        return host.startsWith("[") && host.endsWith("]") ? host.substring(1, host.length() - 1) : host;
    }

    /** The kind of a non-public address, or empty for a public one. */
    static Optional<AddressKind> kind(InetAddress address) {
        if (address.isAnyLocalAddress()) {
            return Optional.of(AddressKind.UNSPECIFIED);
        }
        if (address.isLoopbackAddress()) {
            return Optional.of(AddressKind.LOOPBACK);
        }
        if (address.isLinkLocalAddress()) {
            return Optional.of(AddressKind.LINK_LOCAL);
        }
        if (address.isMulticastAddress()) {
            return Optional.of(AddressKind.MULTICAST);
        }
        if (address.isSiteLocalAddress() || SHARED.stream().anyMatch(n -> n.contains(address))) {
            return Optional.of(AddressKind.PRIVATE);
        }
        if (address instanceof Inet6Address v6 && v6.isIPv4CompatibleAddress()) {
            return Optional.of(AddressKind.IPV4_COMPATIBLE);
        }
        return Optional.empty();
    }

    /** Addresses webhooks do not go to unless allowed; each named in both languages. */
    enum AddressKind {
        UNSPECIFIED(Text.of("webhook.address.unspecified")),
        LOOPBACK(Text.of("webhook.address.loopback")),
        LINK_LOCAL(Text.of("webhook.address.link-local")),
        MULTICAST(Text.of("webhook.address.multicast")),
        PRIVATE(Text.of("webhook.address.private")),
        IPV4_COMPATIBLE(Text.of("webhook.address.ipv4-compatible"));

        private final Text text;

        AddressKind(Text text) {
            this.text = text;
        }

        Text text() {
            return text;
        }
    }
}
