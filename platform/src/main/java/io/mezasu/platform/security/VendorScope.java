package io.mezasu.platform.security;

import io.mezasu.platform.problem.ProblemException;
import io.mezasu.platform.problem.ProblemType;
import io.mezasu.platform.problem.Text;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * What a vendor may write, from the token claim {@value #CLAIM}: a JSON array of entries (a space-separated
 * string is accepted too, as identity providers often emit scopes that way).
 * <ul>
 * <li>{@code plan:<planKey>} every target of that plan, e.g. {@code plan:minato-fy2019}</li>
 * <li>{@code target:<planKey>/<targetCode>} one target, e.g. {@code target:minato-fy2019/1-1-1-1}</li>
 * <li>{@code source:<sourceName>} anything reported under that data source, e.g. {@code source:minato-ward-survey}</li>
 * </ul>
 * An entry grants on its own (any match permits). Parsing is strict: a malformed entry is an error, never a
 * silently wider or narrower scope. A pure value: no CDI, no request state.
 */
public final class VendorScope {

    public static final String CLAIM = "mezasu_scope";
    private static final VendorScope NONE = new VendorScope(Set.of(), Set.of(), Set.of());

    private final Set<String> plans;
    /** {@code planKey/targetCode} */
    private final Set<String> targets;
    private final Set<String> sources;

    private VendorScope(Set<String> plans, Set<String> targets, Set<String> sources) {
        this.plans = plans;
        this.targets = targets;
        this.sources = sources;
    }

    public static VendorScope none() {
        return NONE;
    }

    /** Space-separated entries, the OAuth {@code scope} style; blank means none. */
    public static VendorScope parse(String entries) {
        return entries == null || entries.isBlank() ? NONE : parse(Arrays.asList(entries.trim().split("\\s+")));
    }

    /** @throws IllegalArgumentException naming the first malformed entry */
    public static VendorScope parse(Collection<String> entries) {
        Set<String> plans = new LinkedHashSet<>();
        Set<String> targets = new LinkedHashSet<>();
        Set<String> sources = new LinkedHashSet<>();
        for (String entry : entries) {
            String value = entry == null ? "" : entry.trim();
            int colon = value.indexOf(':');
            String kind = colon < 0 ? "" : value.substring(0, colon);
            String name = colon < 0 ? "" : value.substring(colon + 1);
            switch (kind) {
                case "plan" -> plans.add(requireName(entry, name));
                case "target" -> targets.add(requireTarget(entry, name));
                case "source" -> sources.add(requireName(entry, name));
                default -> throw malformed(entry);
            }
        }
        return new VendorScope(Set.copyOf(plans), Set.copyOf(targets), Set.copyOf(sources));
    }

    /** True when some entry covers this write; {@code source} may be null when the write names none. */
    public boolean permits(String planKey, String targetCode, String source) {
        return (planKey != null && plans.contains(planKey))
                || (planKey != null && targetCode != null && targets.contains(planKey + "/" + targetCode))
                || (source != null && sources.contains(source));
    }

    /** {@link #permits} or a 403 problem saying what was refused; for single and batch ingest alike. */
    public void require(String planKey, String targetCode, String source) {
        if (!permits(planKey, targetCode, source)) {
            throw new ProblemException(ProblemType.FORBIDDEN, source == null
                    ? Text.of("security.vendor-scope-refused", "target", targetCode, "plan", planKey)
                    : Text.of("security.vendor-scope-refused-source", "target", targetCode, "plan", planKey,
                            "source", source));
        }
    }

    /** Plan keys granted whole; for narrowing a query to the scope (a vendor reading back its own data). */
    public Set<String> plans() {
        return plans;
    }

    /** {@code planKey/targetCode} granted one by one. */
    public Set<String> targets() {
        return targets;
    }

    public Set<String> sources() {
        return sources;
    }

    public boolean isEmpty() {
        return plans.isEmpty() && targets.isEmpty() && sources.isEmpty();
    }

    /** The entries in claim syntax, sorted. */
    public List<String> entries() {
        return java.util.stream.Stream.of(
                plans.stream().map(p -> "plan:" + p),
                targets.stream().map(t -> "target:" + t),
                sources.stream().map(s -> "source:" + s))
                .flatMap(s -> s).sorted().toList();
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof VendorScope that && plans.equals(that.plans) && targets.equals(that.targets)
                && sources.equals(that.sources);
    }

    @Override
    public int hashCode() {
        return plans.hashCode() * 31 * 31 + targets.hashCode() * 31 + sources.hashCode();
    }

    @Override
    public String toString() {
        return String.join(" ", entries());
    }

    private static String requireName(String entry, String name) {
        if (name.isEmpty() || name.contains("/") || name.chars().anyMatch(Character::isWhitespace)) {
            throw malformed(entry);
        }
        return name;
    }

    private static String requireTarget(String entry, String name) {
        int slash = name.indexOf('/');
        if (slash < 0) {
            throw malformed(entry);
        }
        return requireName(entry, name.substring(0, slash)) + "/" + requireName(entry, name.substring(slash + 1));
    }

    private static IllegalArgumentException malformed(String entry) {
        return new IllegalArgumentException("malformed " + CLAIM + " entry '" + entry
                + "': expected plan:<planKey>, target:<planKey>/<targetCode> or source:<sourceName>");
    }
}
