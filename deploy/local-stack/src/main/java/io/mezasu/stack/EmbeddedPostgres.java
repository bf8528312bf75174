package io.mezasu.stack;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermissions;
import java.nio.file.attribute.UserPrincipalLookupService;
import java.nio.file.attribute.UserPrincipalNotFoundException;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The real PostgreSQL server from the system's binaries, on 127.0.0.1 only, with its data in a directory of ours.
 * The directory is initialised on first use only, so a restart on the same directory keeps the data.
 * When this JVM runs as root, initdb/pg_ctl run as the {@code postgres} OS user (initdb refuses root).
 */
public final class EmbeddedPostgres implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(EmbeddedPostgres.class);
    private static final String SUPERUSER = "mezasu";
    private static final String OS_USER = "postgres";
    private static final Pattern DATABASE_NAME = Pattern.compile("[a-z_][a-z0-9_]{0,62}");
    private static final long STOP_TIMEOUT_SECONDS = 60;

    private final Path binDir;
    private final Path dataDir;
    private final int port;
    private final String password;
    private boolean closed;

    private EmbeddedPostgres(Path binDir, Path dataDir, int port, String password) {
        this.binDir = binDir;
        this.dataDir = dataDir;
        this.port = port;
        this.password = password;
    }

    /**
     * Initialises {@code dataDir} if needed and starts the server; returns once it accepts connections.
     *
     * @param port     0 for a free one
     * @param fsync    off for throwaway test data (much faster), on when the data should survive a crash
     * @param password the superuser's; must be the same one on every start of the same directory
     */
    public static EmbeddedPostgres start(Path dataDir, int port, boolean fsync, String password) throws IOException {
        long t0 = System.nanoTime();
        EmbeddedPostgres pg = new EmbeddedPostgres(findBinaries(), dataDir.toAbsolutePath(), Ports.orFree(port), password);
        pg.prepareDataDir();
        pg.stopLeftoverPostmaster();
        if (!Files.exists(pg.dataDir.resolve("PG_VERSION"))) {
            pg.initdb(fsync);
        }
        pg.startServer(fsync);
        LOG.info("PostgreSQL started on {}:{} in {} ms", Ports.HOST, pg.port, (System.nanoTime() - t0) / 1_000_000);
        return pg;
    }

    // ---- binaries --------------------------------------------------------------------------------------------

    /** {@code $PG_BIN}, else the newest {@code /usr/lib/postgresql/<v>/bin}, else initdb on the PATH. */
    static Path findBinaries() {
        String env = System.getenv("PG_BIN");
        if (env != null && !env.isBlank()) {
            Path dir = Path.of(env);
            if (Files.isExecutable(dir.resolve("initdb"))) {
                return dir;
            }
            throw new IllegalStateException("PG_BIN=" + env + " contains no initdb");
        }
        Optional<Path> debian = newestDebianInstall(Path.of("/usr/lib/postgresql"));
        if (debian.isPresent()) {
            return debian.get();
        }
        for (String dir : System.getenv().getOrDefault("PATH", "").split(":")) {
            if (!dir.isEmpty() && Files.isExecutable(Path.of(dir, "initdb"))) {
                return Path.of(dir);
            }
        }
        throw new IllegalStateException("PostgreSQL server binaries (initdb, pg_ctl) not found. Install them "
                + "(Debian/Ubuntu: apt-get install postgresql) or point PG_BIN at the directory holding initdb.");
    }

    private static Optional<Path> newestDebianInstall(Path root) {
        if (!Files.isDirectory(root)) {
            return Optional.empty();
        }
        try (Stream<Path> versions = Files.list(root)) {
            return versions.filter(v -> v.getFileName().toString().matches("\\d+(\\.\\d+)?"))
                    .filter(v -> Files.isExecutable(v.resolve("bin/initdb")))
                    .max(Comparator.comparingDouble(v -> Double.parseDouble(v.getFileName().toString())))
                    .map(v -> v.resolve("bin"));
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    // ---- data directory --------------------------------------------------------------------------------------

    private void prepareDataDir() throws IOException {
        Files.createDirectories(dataDir);
        Files.setPosixFilePermissions(dataDir, PosixFilePermissions.fromString("rwx------")); // postgres demands it
        if (asRoot()) {
            UserPrincipalLookupService users = dataDir.getFileSystem().getUserPrincipalLookupService();
            try {
                Files.setOwner(dataDir, users.lookupPrincipalByName(OS_USER));
                Files.getFileAttributeView(dataDir, PosixFileAttributeView.class)
                        .setGroup(users.lookupPrincipalByGroupName(OS_USER));
            } catch (UserPrincipalNotFoundException e) {
                throw new IllegalStateException("running as root, but there is no '" + OS_USER + "' OS user to run "
                        + "PostgreSQL as (apt-get install postgresql creates it)", e);
            }
            // Fail early and clearly instead of an obscure initdb error further on.
            if (run(List.of("test", "-w", dataDir.toString())).exitCode != 0) {
                throw new IllegalStateException("the '" + OS_USER + "' OS user cannot reach " + dataDir
                        + ": every parent directory needs o+x (Files.createTempDirectory makes them 700)");
            }
        }
    }

    /** Stops a server an earlier, killed JVM left running on {@code dataDir}, if there is one. */
    public static void stopLeftover(Path dataDir) throws IOException {
        if (Files.exists(dataDir.resolve("postmaster.pid"))) {
            new EmbeddedPostgres(findBinaries(), dataDir.toAbsolutePath(), 0, "").stopLeftoverPostmaster();
        }
    }

    /** Stops a postmaster left running on this directory by a crashed or killed earlier run. */
    private void stopLeftoverPostmaster() throws IOException {
        Path pidFile = dataDir.resolve("postmaster.pid");
        if (!Files.exists(pidFile)) {
            return;
        }
        long pid = Long.parseLong(Files.readAllLines(pidFile).get(0).trim());
        if (isPostmasterOf(pid, dataDir)) {
            LOG.warn("stopping the PostgreSQL server (pid {}) an earlier run left on {}", pid, dataDir);
            pgCtl("stop", "-m", "fast", "-t", String.valueOf(STOP_TIMEOUT_SECONDS));
        } else {
            // The pid may have been reused by an unrelated process, which would make postgres refuse to start.
            Files.delete(pidFile);
        }
    }

    /** pg_ctl starts the server as {@code postgres -D <dataDir> ...}, which /proc shows to every user. */
    private static boolean isPostmasterOf(long pid, Path dataDir) {
        try {
            String cmdline = Files.readString(Path.of("/proc", String.valueOf(pid), "cmdline"), StandardCharsets.UTF_8);
            return cmdline.contains("postgres") && cmdline.contains(dataDir.toString());
        } catch (IOException e) {
            return false; // gone (or no /proc): nothing to stop
        }
    }

    private void initdb(boolean fsync) throws IOException {
        Path pwfile = Files.createTempFile(dataDir.getParent(), "pw", ".tmp");
        try {
            Files.writeString(pwfile, password + "\n");
            if (asRoot()) {
                Files.setOwner(pwfile, dataDir.getFileSystem().getUserPrincipalLookupService()
                        .lookupPrincipalByName(OS_USER));
            }
            List<String> args = new ArrayList<>(List.of(bin("initdb"), "-D", dataDir.toString(),
                    "-U", SUPERUSER, "--pwfile=" + pwfile, "--auth-host=scram-sha-256", "--auth-local=peer",
                    "-E", "UTF8"));
            if (!fsync) {
                args.add("--no-sync"); // throwaway data: skip initdb's final flush to disk as well
            }
            // C.UTF-8 gives proper character classes for Japanese text; not every system has it.
            Result result = run(with(args, "--locale=C.UTF-8"));
            if (result.exitCode != 0) {
                clearDirectory(dataDir);
                result = run(with(args, "--no-locale"));
            }
            if (result.exitCode != 0) {
                throw new IOException("initdb failed for " + dataDir + ":\n" + result.output);
            }
        } finally {
            Files.deleteIfExists(pwfile);
        }
    }

    /**
     * Beyond PostgreSQL's famously small defaults (128 MB of buffers, a checkpoint per 1 GB of WAL): a replay writes a
     * few GB, and with the defaults it checkpointed every 10 s ("checkpoints are occurring too frequently"), each
     * checkpoint restarting full-page writes. Sized for a developer machine, not tuned to the bench.
     */
    static final String TUNING = " -c shared_buffers=512MB -c max_wal_size=4GB";

    private void startServer(boolean fsync) throws IOException {
        // pg_ctl hands -o to a shell, hence the quoted empty string that disables unix sockets (TCP only).
        String options = "-p " + port + " -c listen_addresses=" + Ports.HOST + " -c unix_socket_directories=''"
                + " -c fsync=" + onOff(fsync) + " -c synchronous_commit=" + onOff(fsync)
                + " -c full_page_writes=" + onOff(fsync) + TUNING;
        Result result = pgCtl("start", "-w", "-t", "60", "-l", logFile().toString(), "-o", options);
        if (result.exitCode != 0) {
            throw new IOException("PostgreSQL did not start on port " + port + ": " + result.output
                    + "\n--- " + logFile() + " ---\n" + tail(logFile(), 30));
        }
    }

    /** The server's own log (pg_ctl -l); kept inside the data directory, where the server may write. */
    public Path logFile() {
        return dataDir.resolve("server.log");
    }

    // ---- public API ------------------------------------------------------------------------------------------

    /** Creates each database that does not exist yet. Names: lower-case letters, digits, underscores. */
    public void createDatabases(String... names) {
        try (Connection c = DriverManager.getConnection(jdbcUrl("postgres"), SUPERUSER, password)) {
            for (String name : names) {
                if (!DATABASE_NAME.matcher(name).matches()) {
                    throw new IllegalArgumentException("unsupported database name: " + name);
                }
                if (!exists(c, name)) {
                    try (Statement s = c.createStatement()) {
                        s.execute("CREATE DATABASE \"" + name + "\"");
                    }
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("could not create databases on port " + port, e);
        }
    }

    private static boolean exists(Connection c, String name) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("SELECT 1 FROM pg_database WHERE datname = ?")) {
            s.setString(1, name);
            try (ResultSet rs = s.executeQuery()) {
                return rs.next();
            }
        }
    }

    public String jdbcUrl(String database) {
        return "jdbc:postgresql://" + Ports.HOST + ":" + port + "/" + database;
    }

    public String username() {
        return SUPERUSER;
    }

    public String password() {
        return password;
    }

    public int port() {
        return port;
    }

    public Path dataDir() {
        return dataDir;
    }

    /** pg_ctl stop -m fast, waiting until the server is gone and postmaster.pid removed. */
    @Override
    public synchronized void close() {
        if (closed) {
            return;
        }
        closed = true;
        try {
            Result result = pgCtl("stop", "-m", "fast", "-t", String.valueOf(STOP_TIMEOUT_SECONDS));
            if (result.exitCode != 0) {
                LOG.warn("pg_ctl stop on {} failed: {}", dataDir, result.output);
            } else {
                LOG.info("PostgreSQL on port {} stopped", port);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    // ---- process plumbing ------------------------------------------------------------------------------------

    private Result pgCtl(String action, String... args) throws IOException {
        List<String> command = new ArrayList<>(List.of(bin("pg_ctl"), action, "-D", dataDir.toString()));
        command.addAll(List.of(args));
        return run(command);
    }

    private String bin(String name) {
        return binDir.resolve(name).toString();
    }

    private record Result(int exitCode, String output) {
    }

    /** Runs a short-lived command to completion, as the postgres user when we are root; captures its output. */
    private Result run(List<String> command) throws IOException {
        List<String> full = new ArrayList<>();
        if (asRoot()) {
            full.addAll(List.of("runuser", "-u", OS_USER, "--"));
        }
        full.addAll(command);
        Process process = new ProcessBuilder(full)
                .directory(Path.of("/").toFile()) // our cwd may be unreadable for the postgres user
                .redirectErrorStream(true)
                .start();
        process.getOutputStream().close();
        try {
            // pg_ctl start leaves the daemonised server holding no pipe of ours, so reading to EOF is safe.
            String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (!process.waitFor(STOP_TIMEOUT_SECONDS + 30, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                throw new IOException("timed out: " + String.join(" ", full));
            }
            return new Result(process.exitValue(), output.strip());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            process.destroyForcibly();
            throw new IOException("interrupted: " + String.join(" ", full), e);
        }
    }

    private static boolean rootChecked;
    private static boolean root;

    /** Whether this JVM runs as uid 0: /proc/self belongs to the process's uid (Linux); else user.name. */
    static synchronized boolean asRoot() {
        if (!rootChecked) {
            try {
                root = ((Integer) Files.getAttribute(Path.of("/proc/self"), "unix:uid")) == 0;
            } catch (IOException | UnsupportedOperationException | IllegalArgumentException e) {
                root = "root".equals(System.getProperty("user.name"));
            }
            rootChecked = true;
        }
        return root;
    }

    private static List<String> with(List<String> args, String extra) {
        List<String> all = new ArrayList<>(args);
        all.add(extra);
        return all;
    }

    private static String onOff(boolean value) {
        return value ? "on" : "off";
    }

    private static void clearDirectory(Path dir) throws IOException {
        try (DirectoryStream<Path> children = Files.newDirectoryStream(dir)) {
            for (Path child : children) {
                Dirs.deleteRecursively(child);
            }
        }
    }

    static String tail(Path file, int lines) {
        try {
            List<String> all = Files.readAllLines(file, StandardCharsets.UTF_8);
            return String.join("\n", all.subList(Math.max(0, all.size() - lines), all.size()));
        } catch (IOException e) {
            return "(no " + file + ")";
        }
    }
}
