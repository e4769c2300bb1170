package dev.redtortoise.devservices;

import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveInputStream;
import org.tukaani.xz.XZInputStream;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;
import java.util.Properties;
import java.util.regex.Pattern;
import java.util.zip.ZipFile;

/**
 * What {@code ./tortoise} needs from PostgreSQL without a psql client: {@code unpack} the server binaries
 * from the binaries jar on Maven Central, and {@code ensure-database} to create the application's
 * database when it is missing.
 */
public final class PostgresTool {

    static final Pattern DATABASE_NAME = Pattern.compile("[a-z_][a-z0-9_]{0,62}");

    private PostgresTool() {
    }

    public static void main(String[] args) throws Exception {
        if (args.length == 0) {
            throw new IllegalArgumentException("usage: PostgresTool unpack|ensure-database [--option value]...");
        }
        String[] rest = java.util.Arrays.copyOfRange(args, 1, args.length);
        switch (args[0]) {
            case "unpack" -> {
                Options options = Options.parse(rest, Map.of("jar", "postgres-binaries.jar", "into", "postgres"));
                unpack(Path.of(options.get("jar")), Path.of(options.get("into")));
            }
            case "ensure-database" -> {
                Options options = Options.parse(rest, Map.of("host", "127.0.0.1", "port", "5432",
                        "user", "postgres", "database", "redtortoise"));
                boolean created = ensureDatabase(options.get("host"), options.port("port"), options.get("user"),
                        System.getenv().getOrDefault("RT_DB_PASSWORD", ""), options.get("database"));
                System.out.println(created ? "created" : "exists");
            }
            default -> throw new IllegalArgumentException("unknown command '" + args[0] + "'");
        }
    }

    /** Unpacks the {@code .txz} inside the binaries jar, keeping file modes and symbolic links. */
    static void unpack(Path jar, Path target) throws IOException {
        Files.createDirectories(target);
        try (ZipFile zip = new ZipFile(jar.toFile())) {
            var entry = zip.stream().filter(e -> e.getName().endsWith(".txz")).findFirst()
                    .orElseThrow(() -> new IOException(jar + " holds no .txz archive"));
            try (InputStream in = new XZInputStream(new BufferedInputStream(zip.getInputStream(entry)));
                 TarArchiveInputStream tar = new TarArchiveInputStream(in)) {
                TarArchiveEntry file;
                while ((file = tar.getNextEntry()) != null) {
                    Path out = target.resolve(file.getName()).normalize();
                    if (!out.startsWith(target)) {
                        throw new IOException("archive entry outside the target: " + file.getName());
                    }
                    if (file.isDirectory()) {
                        Files.createDirectories(out);
                    } else if (file.isSymbolicLink()) {
                        Files.createDirectories(out.getParent());
                        Files.deleteIfExists(out);
                        Files.createSymbolicLink(out, Path.of(file.getLinkName()));
                    } else {
                        Files.createDirectories(out.getParent());
                        Files.copy(tar, out, StandardCopyOption.REPLACE_EXISTING);
                        Files.setPosixFilePermissions(out, PosixFilePermissions.fromString(permissions(file.getMode())));
                    }
                }
            }
        }
    }

    static String permissions(int mode) {
        String flags = "rwxrwxrwx";
        StringBuilder text = new StringBuilder();
        for (int bit = 8; bit >= 0; bit--) {
            text.append((mode & (1 << bit)) != 0 ? flags.charAt(8 - bit) : '-');
        }
        return text.toString();
    }

    /** Creates the database if it is missing; true when it was created now. */
    static boolean ensureDatabase(String host, int port, String user, String password, String database)
            throws SQLException {
        if (!DATABASE_NAME.matcher(database).matches()) {
            throw new IllegalArgumentException("a database name is lower-case letters, digits and '_', got '" + database + "'");
        }
        Properties login = new Properties();
        login.setProperty("user", user);
        login.setProperty("password", password);
        login.setProperty("connectTimeout", "5");
        try (Connection connection = DriverManager.getConnection(
                "jdbc:postgresql://" + host + ":" + port + "/postgres", login)) {
            try (PreparedStatement exists = connection.prepareStatement("SELECT 1 FROM pg_database WHERE datname = ?")) {
                exists.setString(1, database);
                try (ResultSet rows = exists.executeQuery()) {
                    if (rows.next()) {
                        return false;
                    }
                }
            }
            try (Statement create = connection.createStatement()) {
                create.execute("CREATE DATABASE " + database + " ENCODING 'UTF8'");
                return true;
            } catch (SQLException e) {
                if ("42P04".equals(e.getSQLState())) {
                    return false;
                }
                throw e;
            }
        }
    }
}
