package io.mezasu.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

/**
 * CPU seconds (user + system) from /proc, so that a scenario can say where the 2 cores went: measurement-service
 * (its projector thread apart), PostgreSQL (the postmaster and its backends) and the bench JVM itself (the load
 * generator and the in-process broker). A throughput ratio alone hides that the service path shares the cores with
 * the projector consuming the same events, which the raw producer does not.
 */
final class CpuTime {

    /** USER_HZ, the unit of /proc's times: 100 on every Linux kernel the bench runs on ({@code getconf CLK_TCK}). */
    private static final double TICKS_PER_SECOND = 100.0;
    /** Linux keeps 15 characters of a thread's name: "measurement-projector" shows as this. */
    static final String PROJECTOR_THREAD = "measurement-pro";

    /** One reading; {@link #minus} turns two into the CPU spent between them. */
    record Sample(double service, double projector, double postgres, double bench) {

        Sample minus(Sample before) {
            return new Sample(service - before.service, projector - before.projector, postgres - before.postgres,
                    bench - before.bench);
        }

        double total() {
            return service + postgres + bench;
        }

        /** "service 1.23 s (projector 0.45), PostgreSQL …, bench JVM …" per 1,000 of {@code count}. */
        String perThousand(long count) {
            double k = count / 1000.0;
            return String.format("service %.3f (projector %.3f), PostgreSQL %.3f, bench JVM %.3f; total %.3f",
                    service / k, projector / k, postgres / k, bench / k, total() / k);
        }
    }

    private CpuTime() {
    }

    static Sample sample(long servicePid, long postmasterPid) {
        return new Sample(process(servicePid), thread(servicePid, PROJECTOR_THREAD), tree(postmasterPid),
                process(ProcessHandle.current().pid()));
    }

    /** This JVM's CPU seconds (the raw producer's side: producer and broker). */
    static double self() {
        return process(ProcessHandle.current().pid());
    }

    static double process(long pid) {
        return seconds(Path.of("/proc", Long.toString(pid), "stat"));
    }

    /** A process and every process under it (PostgreSQL's backends are the postmaster's children). */
    static double tree(long pid) {
        return process(pid) + ProcessHandle.of(pid).stream().flatMap(ProcessHandle::descendants)
                .mapToDouble(p -> process(p.pid())).sum();
    }

    /** The threads of a process whose name starts with {@code name}. */
    static double thread(long pid, String name) {
        try (Stream<Path> tasks = Files.list(Path.of("/proc", Long.toString(pid), "task"))) {
            return tasks.filter(t -> read(t.resolve("comm")).trim().startsWith(name))
                    .mapToDouble(t -> seconds(t.resolve("stat"))).sum();
        } catch (IOException e) {
            return 0; // the process is gone
        }
    }

    /** utime + stime: fields 14 and 15 of a stat line, counted after the ")" that closes the command name. */
    private static double seconds(Path stat) {
        String line = read(stat);
        if (line.isEmpty()) {
            return 0; // a backend that exited in between
        }
        String[] fields = line.substring(line.lastIndexOf(')') + 2).split(" ");
        return (Long.parseLong(fields[11]) + Long.parseLong(fields[12])) / TICKS_PER_SECOND;
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            return "";
        }
    }
}
