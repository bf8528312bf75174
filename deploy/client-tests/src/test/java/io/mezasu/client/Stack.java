package io.mezasu.client;

import io.mezasu.stack.Dirs;
import io.mezasu.stack.LocalStack;
import io.mezasu.stack.Ports;
import io.mezasu.stack.ServiceRuntime;
import io.mezasu.stack.TokenMinter;
import java.nio.file.Path;
import java.util.List;

/**
 * Both packaged services of this reactor build on a local stack of their own: free ports, a fresh data directory
 * under the system temp directory (the postgres OS user may not traverse the checkout), no AOT training.
 */
final class Stack implements AutoCloseable {

    private final Path scratch;
    private final LocalStack stack;

    private Stack(Path scratch, LocalStack stack) {
        this.scratch = scratch;
        this.stack = stack;
    }

    static Stack start() throws Exception {
        Path root = Path.of(System.getProperty("mezasu.root.dir", "../.."));
        Path scratch = Dirs.newTempDir("mezasu-client-tests-");
        LocalStack.Settings settings = new LocalStack.Settings(root, scratch.resolve("stack"), Ports.free(),
                Ports.free(), List.of(new LocalStack.Service("plan-service", "plan-service", Ports.free()),
                        new LocalStack.Service("measurement-service", "measurement-service", Ports.free())));
        LocalStack stack = new LocalStack(settings);
        Stack started = new Stack(scratch, stack);
        try {
            stack.startInfrastructure();
            ServiceRuntime runtime = ServiceRuntime.prepare(root, settings.services(), ServiceRuntime.Training.NEVER);
            stack.startServices(runtime::jvm);
            return started;
        } catch (Exception | Error e) {
            started.close();
            throw e;
        }
    }

    String baseUrl(String service) {
        return stack.service(service).baseUrl();
    }

    TokenMinter tokens() {
        return stack.tokens();
    }

    @Override
    public void close() throws Exception {
        try {
            stack.close();
        } finally {
            Dirs.deleteRecursively(scratch);
        }
    }
}
