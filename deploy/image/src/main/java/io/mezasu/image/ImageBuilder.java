package io.mezasu.image;

import com.google.cloud.tools.jib.api.buildplan.FileEntriesLayer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.SortedSet;

/**
 * Builds an OCI image tarball of each service without a Docker engine or a registry (run by deploy/image at
 * package; see docs/operations-images.md). Both images share their first two layers, the JRE and the system files,
 * byte for byte.
 */
public final class ImageBuilder {

    private ImageBuilder() {
    }

    public static void main(String[] args) throws Exception {
        BuildSettings settings = BuildSettings.fromSystemProperties();
        List<FileEntriesLayer> runtime = runtimeLayers(settings);
        ServiceImage images = new ServiceImage(settings, runtime);
        for (Service service : Service.ALL) {
            long start = System.nanoTime();
            Path tarball = images.write(service);
            report("%s: %s, %d MB".formatted(service.imageName(settings.tag()), tarball,
                    Files.size(tarball) >> 20), start);
        }
    }

    private static List<FileEntriesLayer> runtimeLayers(BuildSettings settings) throws Exception {
        long start = System.nanoTime();
        Path jre = new JreLinker(settings.jdk()).link(settings.workDir().resolve("jre"));
        SortedSet<String> libraries = SharedLibraries.neededBy(jre);
        FileEntriesLayer system = SystemLayer.build(settings.workDir().resolve("system"), libraries);
        report("JRE from " + settings.jdk() + ", " + libraries.size() + " system libraries", start);
        return List.of(Layers.directory("jre", jre, "/opt/java"), system);
    }

    private static void report(String what, long startNanos) {
        System.out.printf("[image] %s (%.1f s)%n", what, (System.nanoTime() - startNanos) / 1e9);
    }
}
