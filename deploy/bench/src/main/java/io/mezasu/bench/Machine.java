package io.mezasu.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

/** Cores, RAM, CPU, JDK, OS and load of the machine the figures come from. */
final class Machine {

    private Machine() {
    }

    static Map<String, String> describe() {
        Map<String, String> m = new LinkedHashMap<>();
        m.put("cores", Integer.toString(Runtime.getRuntime().availableProcessors()));
        m.put("CPU", first("/proc/cpuinfo", "model name"));
        String mem = first("/proc/meminfo", "MemTotal");
        m.put("RAM", mem.isEmpty() ? "?" : String.format("%.1f GiB", Long.parseLong(mem.replaceAll("[^0-9]", ""))
                / 1024.0 / 1024.0));
        m.put("JDK of the bench (load generator, Kafka); the services' is in row 6",
                System.getProperty("java.vm.vendor") + " " + System.getProperty("java.vm.name") + " "
                + System.getProperty("java.runtime.version"));
        m.put("OS", first("/etc/os-release", "PRETTY_NAME").replace("\"", "") + ", " + System.getProperty("os.name")
                + " " + System.getProperty("os.version") + " " + System.getProperty("os.arch"));
        m.put("load average at start", read("/proc/loadavg"));
        return m;
    }

    private static String first(String file, String key) {
        try {
            return Files.readAllLines(Path.of(file)).stream().filter(l -> l.startsWith(key))
                    .map(l -> l.substring(l.indexOf(l.contains("=") && !l.contains(":") ? '=' : ':') + 1).trim())
                    .findFirst().orElse("");
        } catch (Exception e) {
            return "";
        }
    }

    private static String read(String file) {
        try {
            return Files.readString(Path.of(file)).trim();
        } catch (Exception e) {
            return "?";
        }
    }
}
