package io.mezasu.image;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * An image tarball read the way a runtime reads it: the OCI layout's index.json names the manifest, which names the
 * configuration and the layers, each a blob under blobs/sha256/.
 */
final class OciImage {

    private static final ObjectMapper JSON = new ObjectMapper();

    final JsonNode index;
    final JsonNode manifest;
    final JsonNode config;
    private final Path layout;

    private OciImage(Path layout) throws IOException {
        this.layout = layout;
        this.index = JSON.readTree(layout.resolve("index.json").toFile());
        this.manifest = blob(index.path("manifests").path(0).path("digest").asText());
        this.config = blob(manifest.path("config").path("digest").asText());
    }

    static Path tarball(String service) {
        return Path.of(System.getProperty("mezasu.image.dir", "target/images")).resolve(service + ".tar");
    }

    /** Unpacks the service's tarball into {@code dir}. */
    static OciImage open(String service, Path dir) throws IOException {
        run(List.of("tar", "-xf", tarball(service).toString(), "-C", dir.toString()));
        return new OciImage(dir);
    }

    String refName() {
        return index.path("manifests").path(0).path("annotations").path("org.opencontainers.image.ref.name").asText();
    }

    List<String> layerDigests() {
        List<String> digests = new ArrayList<>();
        manifest.path("layers").forEach(layer -> digests.add(layer.path("digest").asText()));
        return digests;
    }

    /** Applies every layer, in order, onto {@code root}: the container's file system. */
    void extractLayersTo(Path root) throws IOException {
        for (String digest : layerDigests()) {
            // jib writes a pax header GNU tar does not know (LIBARCHIVE.creationtime, fixed like every time).
            run(List.of("tar", "--warning=no-unknown-keyword", "-xzf", blobPath(digest).toString(),
                    "-C", root.toString()));
        }
    }

    private JsonNode blob(String digest) throws IOException {
        return JSON.readTree(blobPath(digest).toFile());
    }

    private Path blobPath(String digest) {
        return layout.resolve("blobs").resolve(digest.replace(':', '/'));
    }

    static void run(List<String> command) throws IOException {
        try {
            Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
            String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (!process.waitFor(2, TimeUnit.MINUTES) || process.exitValue() != 0) {
                throw new IOException(command + " failed: " + output);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException(e);
        }
    }

    static boolean exists(String service) {
        return Files.isRegularFile(tarball(service));
    }
}
