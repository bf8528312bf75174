package io.mezasu.image;

import java.nio.file.Path;
import java.util.List;

/** A service packaged as an image: its module directory name is also its image name. */
record Service(String name, String description) {

    static final List<Service> ALL = List.of(
            new Service("plan-service", "Mezasu plan-service: ward operating policies (区運営方針) as drafts "
                    + "and immutable published versions"),
            new Service("measurement-service", "Mezasu measurement-service: results pushed against published "
                    + "plans and every target's evaluation"));

    /** The fast-jar layout Quarkus writes at package. */
    Path quarkusApp(Path root) {
        return root.resolve(name).resolve("target/quarkus-app");
    }

    String imageName(String tag) {
        return "mezasu/" + name + ":" + tag;
    }
}
