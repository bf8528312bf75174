package io.mezasu.measurement.web;

import java.lang.reflect.Proxy;

/** Texts for unit tests without Quarkus: status(code) says "words:CODE", every other text its own key. */
final class FixedTexts {

    private FixedTexts() {
    }

    static Texts create() {
        return (Texts) Proxy.newProxyInstance(Texts.class.getClassLoader(), new Class<?>[] {Texts.class},
                (proxy, method, args) -> switch (method.getName()) {
                    case "status" -> "words:" + args[0];
                    case "hashCode" -> 0;
                    case "equals" -> proxy == args[0];
                    case "toString" -> "FixedTexts";
                    default -> method.getName();
                });
    }
}
