/* Runs Neo4j 5 Community embedded, with its Bolt connector, in the foreground until SIGINT/SIGTERM. */
package kg.launcher;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;

import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.configuration.connectors.BoltConnector;
import org.neo4j.configuration.helpers.SocketAddress;
import org.neo4j.dbms.api.DatabaseManagementService;
import org.neo4j.dbms.api.DatabaseManagementServiceBuilder;
import org.neo4j.graphdb.GraphDatabaseService;
import org.neo4j.graphdb.QueryExecutionException;

/**
 * The settings come from the environment, as `npm run neo4j:dev` documents them:
 * NEO4J_PORT (Bolt port, default 7687), NEO4J_HOST (default 127.0.0.1), NEO4J_DATA (the Neo4j home: data, logs;
 * default ./data/neo4j-dev), NEO4J_PASSWORD (user neo4j's password; auth is disabled when unset),
 * NEO4J_TX_TIMEOUT (db.transaction.timeout, default 60s, like docker-compose.yml), NEO4J_PAGECACHE (default 512m).
 * The JVM heap is the caller's (-Xmx). One line on stdout says when Bolt accepts connections; everything else goes
 * to stderr or to the logs under NEO4J_DATA/logs.
 */
public final class Neo4jLauncher {
    /** Neo4j's default dbms.security.auth_minimum_password_length. */
    private static final int MIN_PASSWORD = 8;

    private Neo4jLauncher() {
    }

    public static void main(String[] args) {
        Map<String, String> env = System.getenv();
        String host = env.getOrDefault("NEO4J_HOST", "127.0.0.1");
        int port = Integer.parseInt(env.getOrDefault("NEO4J_PORT", "7687"));
        Path home = Path.of(env.getOrDefault("NEO4J_DATA", "data/neo4j-dev")).toAbsolutePath();
        String password = env.get("NEO4J_PASSWORD");
        boolean auth = password != null && !password.isEmpty();
        long started = System.nanoTime();

        DatabaseManagementService dbms;
        try {
            dbms = new DatabaseManagementServiceBuilder(home)
                    .setConfig(BoltConnector.enabled, true)
                    .setConfig(BoltConnector.listen_address, new SocketAddress(host, port))
                    .setConfig(BoltConnector.encryption_level, BoltConnector.EncryptionLevel.DISABLED)
                    .setConfig(GraphDatabaseSettings.auth_enabled, auth)
                    // A server-wide ceiling on any transaction; the app sets shorter ones per query.
                    .setConfig(GraphDatabaseSettings.transaction_timeout, Duration.parse("PT" + env.getOrDefault("NEO4J_TX_TIMEOUT", "60s")))
                    .setConfig(GraphDatabaseSettings.pagecache_memory, bytes(env.getOrDefault("NEO4J_PAGECACHE", "512m")))
                    // Development and CI databases: keep one transaction log file, not two days of them.
                    .setConfig(GraphDatabaseSettings.keep_logical_logs, "1 files")
                    // No usage reports: the build machines have no network, and nobody asked for them.
                    .setConfig(GraphDatabaseSettings.udc_enabled, false)
                    .build();
        } catch (RuntimeException e) {
            System.err.println("neo4j-launcher: Neo4j did not start on " + host + ":" + port + " with data in " + home + ": " + rootCause(e));
            System.exit(1);
            return;
        }
        DatabaseManagementService service = dbms;
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            service.shutdown();
            System.err.println("neo4j-launcher: Neo4j stopped");
        }, "neo4j-launcher-shutdown"));

        try {
            if (auth) setPassword(dbms.database(GraphDatabaseSettings.SYSTEM_DATABASE_NAME), password);
            awaitBolt(host, port);
        } catch (RuntimeException | IOException e) {
            System.err.println("neo4j-launcher: Neo4j started but is not usable: " + rootCause(e));
            System.exit(1);
        }
        String version = version(dbms.database(GraphDatabaseSettings.DEFAULT_DATABASE_NAME));
        long ms = (System.nanoTime() - started) / 1_000_000;
        System.out.println("Neo4j " + version + " Community ready on bolt://" + host + ":" + port + " in " + ms + " ms (data in " + home
                + ", " + (auth ? "user neo4j with NEO4J_PASSWORD" : "auth disabled") + "); Ctrl-C stops it");
        System.out.flush();
        try {
            Thread.currentThread().join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /**
     * The system database keeps users; the embedded API runs with full rights, so it sets the password on every start
     * (a data directory made with another password follows NEO4J_PASSWORD). Neo4j refuses to "change" a password to
     * itself, which here only means it is already set.
     */
    private static void setPassword(GraphDatabaseService system, String password) {
        if (password.length() < MIN_PASSWORD) throw new IllegalArgumentException("NEO4J_PASSWORD must have at least " + MIN_PASSWORD + " characters");
        try {
            system.executeTransactionally("ALTER USER neo4j SET PASSWORD $password CHANGE NOT REQUIRED", Map.of("password", password));
        } catch (QueryExecutionException e) {
            if (!e.getMessage().contains("Old password and new password cannot be the same")) throw e;
        }
    }

    /** build() returns once the connector is bound; a connect proves it, so the ready line never lies. */
    private static void awaitBolt(String host, int port) throws IOException {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress(host, port), 10_000);
        }
    }

    private static String version(GraphDatabaseService db) {
        return db.executeTransactionally("CALL dbms.components() YIELD versions RETURN versions[0] AS v", Map.of(),
                result -> String.valueOf(result.next().get("v")));
    }

    /** 512m, 2g, 1024k or a plain byte count. */
    private static long bytes(String value) {
        String v = value.trim().toLowerCase();
        long unit = v.endsWith("g") ? 1L << 30 : v.endsWith("m") ? 1L << 20 : v.endsWith("k") ? 1L << 10 : 1L;
        return Long.parseLong(unit == 1L ? v : v.substring(0, v.length() - 1)) * unit;
    }

    private static String rootCause(Throwable e) {
        Throwable cause = e;
        StringBuilder chain = new StringBuilder(String.valueOf(e.getMessage()));
        while (cause.getCause() != null && cause.getCause() != cause) {
            cause = cause.getCause();
            chain.append(" — ").append(cause.getMessage());
        }
        return chain.toString();
    }
}
