package dev.redtortoise.system;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Comparator;
import java.util.stream.Stream;

/**
 * Run by the build before the suite's stack starts (system-tests/pom.xml): forgets what an earlier run of the
 * suite left, so that every run starts from the same state. The MongoDB stand-in and an embedded PostgreSQL keep
 * their files in the stack's folder, the local PostgreSQL server keeps the test database: a fresh stand-in beside
 * the last run's PostgreSQL data would give new articles and comments the ids of old audit entries.
 *
 * <p>Arguments: the stack's folder and the test database's name (never a developer's own database: the build
 * sets {@code it.db.name}).
 */
public final class FreshStack {

    private FreshStack() {
    }

    public static void main(String[] args) throws SQLException {
        Path stack = Path.of(args[0]);
        String database = args[1];
        if (!database.matches("[a-z_][a-z0-9_]{0,62}") || !database.endsWith("_it")) {
            throw new IllegalArgumentException("only a test database ending in _it is dropped, not '" + database + "'");
        }
        delete(stack);
        if (localServerAnswers()) {
            try (Connection connection = DriverManager.getConnection("jdbc:postgresql://127.0.0.1:5432/postgres",
                    "postgres", "postgres"); Statement statement = connection.createStatement()) {
                statement.execute("DROP DATABASE IF EXISTS " + database + " WITH (FORCE)");
            }
            System.out.println("dropped the test database " + database + " of the local PostgreSQL server");
        }
    }

    private static boolean localServerAnswers() {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress("127.0.0.1", 5432), 1000);
            return true;
        } catch (IOException none) {
            return false;
        }
    }

    private static void delete(Path folder) {
        if (!Files.exists(folder)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(folder)) {
            paths.sorted(Comparator.reverseOrder()).forEach(path -> {
                try {
                    Files.delete(path);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        System.out.println("removed the last run's stack folder " + folder);
    }
}
