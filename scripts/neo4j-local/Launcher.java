// neo4j-local: a real Neo4j Community 5.26 (embedded) with Bolt on 127.0.0.1, for development and tests
// without Docker. Auth off, encryption off, HTTP off, small page cache, no kept transaction logs.
// Prints exactly one line "neo4j-local ready bolt://127.0.0.1:<port>" on stdout when Bolt accepts
// connections; shuts down cleanly on SIGTERM and when its parent goes away (stdin closes / parent exits).
// Usage: java -cp <classpath> Launcher <port> <dataDir> [--watch-stdin] [--watch-parent]

import java.io.InputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;

import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.configuration.connectors.BoltConnector;
import org.neo4j.configuration.connectors.HttpConnector;
import org.neo4j.configuration.connectors.HttpsConnector;
import org.neo4j.configuration.helpers.SocketAddress;
import org.neo4j.dbms.api.DatabaseManagementService;
import org.neo4j.dbms.api.DatabaseManagementServiceBuilder;
import org.neo4j.io.ByteUnit;

public final class Launcher {
    private static final AtomicBoolean stopped = new AtomicBoolean(false);

    public static void main(String[] args) throws Exception {
        if (args.length < 2) {
            System.err.println("neo4j-local: missing arguments. Usage: Launcher <port> <dataDir> [--watch-stdin] [--watch-parent]");
            System.exit(2);
        }
        int port = Integer.parseInt(args[0]);
        Path home = Path.of(args[1]).toAbsolutePath();
        List<String> flags = Arrays.asList(args).subList(2, args.length);

        DatabaseManagementService service = build(home, port);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> stop(service), "neo4j-local-shutdown"));
        service.database(GraphDatabaseSettings.DEFAULT_DATABASE_NAME).executeTransactionally("RETURN 1");
        waitForBolt(port);
        System.out.println("neo4j-local ready bolt://127.0.0.1:" + port);
        System.out.flush();

        if (flags.contains("--watch-stdin")) watchStdin();
        if (flags.contains("--watch-parent")) watchParent();
        Thread.currentThread().join();
    }

    private static DatabaseManagementService build(Path home, int port) {
        return new DatabaseManagementServiceBuilder(home)
            .setConfig(BoltConnector.enabled, true)
            .setConfig(BoltConnector.listen_address, new SocketAddress("127.0.0.1", port))
            .setConfig(BoltConnector.encryption_level, BoltConnector.EncryptionLevel.DISABLED)
            .setConfig(HttpConnector.enabled, false)
            .setConfig(HttpsConnector.enabled, false)
            .setConfig(GraphDatabaseSettings.auth_enabled, false)
            .setConfig(GraphDatabaseSettings.pagecache_memory, ByteUnit.mebiBytes(128))
            .setConfig(GraphDatabaseSettings.keep_logical_logs, "keep_none")
            .setConfig(GraphDatabaseSettings.preallocate_logical_logs, false)
            // One runaway query must not take the whole (small) heap down with it.
            .setConfig(GraphDatabaseSettings.memory_transaction_max_size, ByteUnit.mebiBytes(256))
            .build();
    }

    private static void waitForBolt(int port) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        while (System.nanoTime() < deadline) {
            try (Socket socket = new Socket()) {
                socket.connect(new InetSocketAddress("127.0.0.1", port), 1000);
                return;
            } catch (Exception notYet) {
                Thread.sleep(200);
            }
        }
        throw new IllegalStateException("neo4j-local: Bolt did not open on 127.0.0.1:" + port + ". Is the port taken?");
    }

    private static void stop(DatabaseManagementService service) {
        if (!stopped.compareAndSet(false, true)) return;
        try {
            service.shutdown();
        } catch (Throwable error) {
            System.err.println("neo4j-local: shutdown failed: " + error);
        }
    }

    // The parent closes our stdin (or dies): exit, which runs the shutdown hook.
    private static void watchStdin() {
        Thread thread = new Thread(() -> {
            try {
                InputStream in = System.in;
                byte[] buffer = new byte[256];
                while (in.read(buffer) >= 0) { /* ignore input */ }
            } catch (Exception ignored) {
                // a broken stdin means the parent is gone, too
            }
            System.exit(0);
        }, "neo4j-local-stdin");
        thread.setDaemon(true);
        thread.start();
    }

    private static void watchParent() {
        Optional<ProcessHandle> parent = ProcessHandle.current().parent();
        if (parent.isEmpty()) return;
        Thread thread = new Thread(() -> {
            while (parent.get().isAlive()) {
                try {
                    Thread.sleep(1000);
                } catch (InterruptedException e) {
                    return;
                }
            }
            System.exit(0);
        }, "neo4j-local-parent");
        thread.setDaemon(true);
        thread.start();
    }
}
