package dev.redtortoise.devservices;

import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Map;
import java.util.Properties;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

/**
 * What {@code ./tortoise} needs to know and do about the console's administrator while the application is
 * not involved: {@code count} prints how many console users the database holds (0 before its first start),
 * and {@code set-password} gives the console user {@code admin} the password in {@code RT_ADMIN_NEW_PASSWORD}
 * (creating the user when missing, with the ADMIN role). The hash is made by the very implementation the
 * application verifies with, Jakarta Security's PBKDF2 as Payara runs it (Soteria, read from the runtime's
 * {@code payara-micro.jar}), with the parameters of {@code dev.redtortoise.platform.security.Passwords}.
 */
public final class ConsoleAdmin {

    static final String ADMIN = "admin";
    static final int MIN_PASSWORD_LENGTH = 12;
    static final String HASH_CLASS = "org.glassfish.soteria.identitystores.hash.Pbkdf2PasswordHashImpl";
    static final String[] HASH_JARS = {"MICRO-INF/runtime/jakarta.security.enterprise-api.jar",
            "MICRO-INF/runtime/jakarta.security.enterprise.jar"};
    /** The same as {@code Passwords.configure()} in the domain. */
    static final Map<String, String> HASH_PARAMETERS = Map.of(
            "Pbkdf2PasswordHash.Algorithm", "PBKDF2WithHmacSHA512",
            "Pbkdf2PasswordHash.Iterations", "210000",
            "Pbkdf2PasswordHash.SaltSizeBytes", "32");

    private ConsoleAdmin() {
    }

    public static void main(String[] args) throws Exception {
        if (args.length == 0) {
            throw new IllegalArgumentException("usage: ConsoleAdmin count|set-password [--option value]...");
        }
        String[] rest = java.util.Arrays.copyOfRange(args, 1, args.length);
        Options options = Options.parse(rest, Map.of("host", "127.0.0.1", "port", "5432", "user", "postgres",
                "database", "redtortoise", "micro", "payara-micro.jar"));
        try (Connection db = connect(options)) {
            switch (args[0]) {
                case "count" -> System.out.println(count(db));
                case "set-password" -> {
                    String password = System.getenv().getOrDefault("RT_ADMIN_NEW_PASSWORD", "");
                    if (password.length() < MIN_PASSWORD_LENGTH) {
                        throw new IllegalArgumentException("a console password has at least " + MIN_PASSWORD_LENGTH
                                + " characters");
                    }
                    if (!tableExists(db)) {
                        throw new IllegalStateException("the database has no console users yet: run ./tortoise up first");
                    }
                    System.out.println(setPassword(db, hash(Path.of(options.get("micro")), password)));
                }
                default -> throw new IllegalArgumentException("unknown command '" + args[0] + "'");
            }
        }
    }

    static long count(Connection db) throws SQLException {
        if (!tableExists(db)) {
            return 0;
        }
        try (PreparedStatement count = db.prepareStatement("SELECT count(*) FROM console_user");
             ResultSet rows = count.executeQuery()) {
            rows.next();
            return rows.getLong(1);
        }
    }

    /** Gives {@code admin} this hash, enabled and with the ADMIN role; returns "changed" or "created". */
    static String setPassword(Connection db, String hash) throws SQLException {
        db.setAutoCommit(false);
        String done;
        try (PreparedStatement update = db.prepareStatement(
                "UPDATE console_user SET password_hash = ?, enabled = TRUE WHERE username = ?")) {
            update.setString(1, hash);
            update.setString(2, ADMIN);
            done = update.executeUpdate() == 1 ? "changed" : "created";
        }
        if (done.equals("created")) {
            try (PreparedStatement insert = db.prepareStatement(
                    "INSERT INTO console_user (username, password_hash) VALUES (?, ?)")) {
                insert.setString(1, ADMIN);
                insert.setString(2, hash);
                insert.executeUpdate();
            }
        }
        try (PreparedStatement role = db.prepareStatement("""
                INSERT INTO console_user_role (console_user_id, role)
                SELECT id, 'ADMIN' FROM console_user WHERE username = ? ON CONFLICT DO NOTHING""")) {
            role.setString(1, ADMIN);
            role.executeUpdate();
        }
        db.commit();
        return done;
    }

    /**
     * Hashes the password with Soteria's PBKDF2 from the Payara Micro jar, and checks that it verifies:
     * the application reads the parameters back from the hash, so it verifies it the same way.
     */
    static String hash(Path microJar, String password) throws IOException, ReflectiveOperationException {
        Path dir = Files.createTempDirectory("rt-hash");
        URL[] jars = new URL[HASH_JARS.length];
        try (ZipFile micro = new ZipFile(microJar.toFile())) {
            for (int i = 0; i < HASH_JARS.length; i++) {
                ZipEntry entry = micro.getEntry(HASH_JARS[i]);
                if (entry == null) {
                    throw new IOException(microJar + " holds no " + HASH_JARS[i]);
                }
                Path jar = dir.resolve(Path.of(HASH_JARS[i]).getFileName());
                try (InputStream in = micro.getInputStream(entry)) {
                    Files.copy(in, jar, StandardCopyOption.REPLACE_EXISTING);
                }
                jars[i] = jar.toUri().toURL();
            }
        }
        try (URLClassLoader loader = new URLClassLoader(jars, ClassLoader.getPlatformClassLoader())) {
            Class<?> type = loader.loadClass(HASH_CLASS);
            Object hasher = type.getConstructor().newInstance();
            type.getMethod("initialize", Map.class).invoke(hasher, HASH_PARAMETERS);
            String hash = (String) type.getMethod("generate", char[].class).invoke(hasher, (Object) password.toCharArray());
            Method verify = type.getMethod("verify", char[].class, String.class);
            if (!(Boolean) verify.invoke(hasher, password.toCharArray(), hash)) {
                throw new IllegalStateException("the new hash does not verify");
            }
            return hash;
        } catch (InvocationTargetException e) {
            throw new IllegalStateException("hashing failed: " + e.getCause(), e.getCause());
        } finally {
            try (var files = Files.list(dir)) {
                for (Path file : files.toList()) {
                    Files.delete(file);
                }
            }
            Files.delete(dir);
        }
    }

    private static boolean tableExists(Connection db) throws SQLException {
        try (PreparedStatement exists = db.prepareStatement("SELECT to_regclass('console_user') IS NOT NULL");
             ResultSet rows = exists.executeQuery()) {
            rows.next();
            return rows.getBoolean(1);
        }
    }

    private static Connection connect(Options options) throws SQLException {
        Properties login = new Properties();
        login.setProperty("user", options.get("user"));
        login.setProperty("password", System.getenv().getOrDefault("RT_DB_PASSWORD", ""));
        login.setProperty("connectTimeout", "5");
        return DriverManager.getConnection("jdbc:postgresql://" + options.get("host") + ":" + options.port("port")
                + "/" + options.get("database"), login);
    }
}
