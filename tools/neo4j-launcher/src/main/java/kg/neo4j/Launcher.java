package kg.neo4j;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.configuration.connectors.BoltConnector;
import org.neo4j.configuration.connectors.HttpConnector;
import org.neo4j.configuration.helpers.SocketAddress;
import org.neo4j.harness.Neo4j;
import org.neo4j.harness.Neo4jBuilders;

/**
 * Starts in-process Neo4j servers (neo4j-harness) for kg's tests and prints one Bolt URI per line.
 *
 * <p>Options: {@code --port N} (first Bolt port; 0 = any free port), {@code --instances N} (independent
 * servers, each with its own empty database), {@code --import-dir DIR} (the LOAD CSV root of every
 * instance, so {@code file:///x.csv} reads DIR/x.csv), {@code --until-stdin-closes} (stop when standard
 * input reaches end of file, so a parent that dies takes the servers with it; the databases are deleted,
 * not shut down cleanly), {@code --auth-instance} (one more server, printed last, with authentication on
 * and only the default user neo4j/neo4j: for testing refused credentials). Bolt listens on 127.0.0.1
 * only, with authentication off (except that extra server). Without
 * {@code --until-stdin-closes} the servers run until killed (SIGTERM shuts them down cleanly).
 */
public final class Launcher {

    private Launcher() {
    }

    public static void main(String[] args) throws Exception {
        int port = 0;
        int instances = 1;
        Path importDir = null;
        boolean untilStdinCloses = false;
        boolean authInstance = false;
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--port" -> port = Integer.parseInt(args[++i]);
                case "--instances" -> instances = Integer.parseInt(args[++i]);
                case "--import-dir" -> importDir = Path.of(args[++i]).toAbsolutePath();
                case "--until-stdin-closes" -> untilStdinCloses = true;
                case "--auth-instance" -> authInstance = true;
                default -> {
                    System.err.println("neo4j-launcher: unknown option " + args[i]
                            + " (use --port N, --instances N, --import-dir DIR, --until-stdin-closes, --auth-instance)");
                    System.exit(2);
                }
            }
        }
        if (importDir != null) {
            Files.createDirectories(importDir);
        }
        Path workDir = Files.createTempDirectory("kg-neo4j-");
        List<Neo4j> servers = new ArrayList<>();
        Runtime.getRuntime().addShutdownHook(new Thread(() -> servers.forEach(Launcher::closeQuietly)));
        for (int i = 0; i < instances + (authInstance ? 1 : 0); i++) {
            Neo4j server = start(workDir.resolve("server-" + i), port == 0 ? 0 : port + i, importDir, i == instances);
            servers.add(server);
            System.out.println(server.boltURI());
        }
        System.out.flush();
        if (untilStdinCloses) {
            drain(System.in);
            // Test data is disposable: delete it and stop at once instead of a clean shutdown,
            // which checkpoints every database and takes tens of seconds on a busy machine.
            deleteTree(workDir);
            Runtime.getRuntime().halt(0);
        } else {
            Thread.currentThread().join();
        }
    }

    private static Neo4j start(Path workDir, int port, Path importDir, boolean auth) throws IOException {
        Files.createDirectories(workDir);
        var builder = Neo4jBuilders.newInProcessBuilder(workDir)
                .withDisabledServer()
                .withConfig(HttpConnector.enabled, false)
                .withConfig(BoltConnector.enabled, true)
                .withConfig(BoltConnector.listen_address, new SocketAddress("127.0.0.1", port))
                .withConfig(GraphDatabaseSettings.auth_enabled, auth)
                .withConfig(GraphDatabaseSettings.pagecache_memory, 64L * 1024 * 1024);
        if (importDir != null) {
            builder = builder.withConfig(GraphDatabaseSettings.load_csv_file_url_root, importDir)
                    .withConfig(GraphDatabaseSettings.allow_file_urls, true);
        }
        return builder.build();
    }

    private static void drain(InputStream in) throws IOException {
        byte[] buffer = new byte[256];
        while (in.read(buffer) >= 0) {
            // keep reading until the parent closes our standard input
        }
    }

    private static void deleteTree(Path root) throws IOException {
        try (Stream<Path> paths = Files.walk(root)) {
            paths.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        }
    }

    private static void closeQuietly(Neo4j server) {
        try {
            server.close();
        } catch (RuntimeException e) {
            System.err.println("neo4j-launcher: error while stopping: " + e);
        }
    }
}
