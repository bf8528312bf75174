package io.mezasu.stack;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;

/** Loopback port helpers: everything the stack opens listens on 127.0.0.1 only. */
public final class Ports {

    public static final String HOST = "127.0.0.1";

    private Ports() {
    }

    /**
     * A port that is free right now. There is a small window before the caller binds it; acceptable for
     * throwaway test infrastructure, and far simpler than passing 0 through Kafka's and PostgreSQL's configs.
     */
    public static int free() {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getByName(HOST))) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException("no free port on " + HOST, e);
        }
    }

    /** {@code port} itself when positive, otherwise a free one. */
    public static int orFree(int port) {
        return port > 0 ? port : free();
    }

    /** True when nothing listens on 127.0.0.1:{@code port} (we could bind it ourselves). */
    public static boolean isFree(int port) {
        try (ServerSocket socket = new ServerSocket()) {
            // Like the servers themselves: a live listener blocks us, leftover TIME_WAIT connections don't.
            socket.setReuseAddress(true);
            socket.bind(new InetSocketAddress(InetAddress.getByName(HOST), port), 1);
            return true;
        } catch (IOException e) {
            return false;
        }
    }
}
