package io.mezasu.stack;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * How the services of one run start: on which JDK ({@link ServiceJdk}) and from which AOT cache ({@link AotCache}).
 * Decided once, before they start; missing or stale caches are trained first when the caller allows it. Nothing here
 * keeps the product from starting: a service without a fresh cache starts as it did before the caches existed, on
 * the launcher's own java (or on {@value ServiceJdk#ENV}, when set).
 */
public final class ServiceRuntime {

    /** Whether {@link #prepare} may train: not in the bench smoke of {@code ./mvnw verify}, where CI time counts. */
    public enum Training { IF_STALE, NEVER }

    private final ServiceJdk jdk;
    private final ServiceJdk withoutCache;
    private final List<String> options;
    private final Map<String, Path> freshCaches;

    private ServiceRuntime(ServiceJdk jdk, ServiceJdk withoutCache, List<String> options,
            Map<String, Path> freshCaches) {
        this.jdk = jdk;
        this.withoutCache = withoutCache;
        this.options = options;
        this.freshCaches = Map.copyOf(freshCaches);
    }

    /**
     * Chooses the JDK and checks each service's cache (jars under {@code root}), training the stale ones first if
     * {@code training} allows. Says on stdout what it chose.
     */
    public static ServiceRuntime prepare(Path root, List<LocalStack.Service> services, Training training) {
        ServiceJdk jdk = ServiceJdk.detect();
        // A JDK found under /usr/lib/jvm is chosen for its AOT cache; without one it starts no faster than the
        // launcher's own java, which then runs the services exactly as before the caches.
        ServiceJdk withoutCache = jdk.origin() == ServiceJdk.Origin.INSTALLED ? ServiceJdk.launcher() : jdk;
        List<String> options = LocalStack.serviceJvmOptions();
        if (!jdk.supportsAot()) {
            System.out.println("Services run on " + jdk.describe() + ", without an AOT cache (needs JDK "
                    + ServiceJdk.AOT_FEATURE + "+)");
            return new ServiceRuntime(jdk, withoutCache, options, Map.of());
        }
        Map<String, Path> fresh = new LinkedHashMap<>();
        Map<String, AotCache> stale = new LinkedHashMap<>();
        try {
            for (LocalStack.Service service : services) {
                AotCache cache = new AotCache(service.jar(root));
                if (cache.isFresh(cache.stamp(jdk, options))) {
                    fresh.put(service.name(), cache.file());
                } else {
                    stale.put(service.name(), cache);
                }
            }
        } catch (Exception e) {
            System.out.println("WARNING: cannot check the AOT caches (" + e + "); services start without them");
            return new ServiceRuntime(jdk, withoutCache, options, Map.of());
        }
        if (!stale.isEmpty() && training == Training.IF_STALE) {
            ServiceRuntime current = new ServiceRuntime(jdk, withoutCache, options, fresh);
            try {
                new AotTraining(root, services, jdk, options, current::jvm).train(stale);
                stale.forEach((name, cache) -> fresh.put(name, cache.file()));
            } catch (Exception e) {
                System.out.println("WARNING: training the AOT caches failed ("
                        + (e.getMessage() != null ? e.getMessage() : e) + "); services start without them");
            }
        } else if (!stale.isEmpty()) {
            System.out.println("No fresh AOT cache for " + String.join(", ", stale.keySet())
                    + ", and this run does not train (./mezasu build does)");
        }
        ServiceRuntime runtime = new ServiceRuntime(jdk, withoutCache, options, fresh);
        for (LocalStack.Service service : services) {
            System.out.println(service.name() + " runs on " + runtime.describe(service));
        }
        return runtime;
    }

    /** The java and JVM options {@code service} starts with. */
    public ServiceProcess.Jvm jvm(LocalStack.Service service) {
        Path cache = freshCaches.get(service.name());
        return cache == null ? new ServiceProcess.Jvm(withoutCache.java(), options)
                : new ServiceProcess.Jvm(jdk.java(), options).plus("-XX:AOTCache=" + cache);
    }

    /** E.g. for the bench report: {@code JDK 25.0.3 (…) from its AOT cache}. */
    public String describe(LocalStack.Service service) {
        return freshCaches.containsKey(service.name()) ? jdk.describe() + " from its AOT cache"
                : withoutCache.describe() + " without an AOT cache";
    }
}
