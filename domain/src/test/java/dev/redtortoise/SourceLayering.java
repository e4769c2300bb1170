package dev.redtortoise;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The layering rules read from Java sources. The bytecode does not show every use across layers: javac
 * inlines a {@code static final} primitive or String, so a control that reads a boundary's constant has no
 * dependency on it in its class file. In the source it must name the class, by an import or a qualified
 * name, and that is what is read here (comments and literals left out). A source's layer is the first of
 * {@code boundary}, {@code control}, {@code entity}, {@code ui} in its package, and a reference's the first
 * in the name it uses. No package is a technical grab bag ({@code util}, {@code service}, ...), and Payara's
 * batch tables and classes ({@code jbatch}) are named only by the adapter.
 */
final class SourceLayering {

    /** The layers each layer must not use. */
    static final Map<String, Set<String>> FORBIDDEN = Map.of(
            "entity", Set.of("boundary", "control", "ui"),
            "control", Set.of("boundary", "ui"),
            "boundary", Set.of("ui"));
    /** Package names that say nothing of the business. */
    static final Set<String> GRAB_BAGS = Set.of("util", "common", "helper", "manager", "service", "impl", "dao");
    /** The only sources that name Payara's batch tables and classes. */
    static final Set<String> BATCH_ADAPTER = Set.of("dev/redtortoise/jobs/control/BatchRepository.java",
            "dev/redtortoise/jobs/control/PartitionedSteps.java");

    private static final Pattern PACKAGE = Pattern.compile("\\bpackage\\s+([\\w.]+)\\s*;");
    private static final Pattern REFERENCE = Pattern.compile("\\bdev\\s*\\.\\s*redtortoise(?:\\s*\\.\\s*(?:\\w+|\\*))+");

    private SourceLayering() {
    }

    /** A use across layers that the rules forbid, or a batch table named outside the adapter. */
    record Violation(String source, String rule) {

        @Override
        public String toString() {
            return source + ": " + rule;
        }
    }

    /** The violations in every {@code .java} file below a source root. */
    static List<Violation> check(Path sourceRoot) {
        try (Stream<Path> files = Files.walk(sourceRoot)) {
            return files.filter(file -> file.toString().endsWith(".java")).sorted().flatMap(file -> {
                try {
                    String name = sourceRoot.relativize(file).toString().replace('\\', '/');
                    return check(name, Files.readString(file)).stream();
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The violations in one source, named by its path below its source root. */
    static List<Violation> check(String name, String source) {
        List<Violation> violations = new ArrayList<>();
        if (!BATCH_ADAPTER.contains(name) && source.toLowerCase(Locale.ROOT).contains("jbatch")) {
            violations.add(new Violation(name, "names Payara's batch tables or classes (jbatch): only "
                    + BATCH_ADAPTER + " may"));
        }
        String code = code(source);
        Matcher declared = PACKAGE.matcher(code);
        String pkg = declared.find() ? declared.group(1) : "";
        Stream.of(pkg.split("\\.")).filter(GRAB_BAGS::contains).findFirst().ifPresent(bag -> violations.add(
                new Violation(name, "its package " + pkg + " is a technical grab bag (" + bag + ")")));
        Optional<String> layer = layer(pkg);
        if (layer.isEmpty() || !FORBIDDEN.containsKey(layer.get())) {
            return violations;
        }
        Matcher reference = REFERENCE.matcher(code);
        while (reference.find()) {
            String used = reference.group().replaceAll("\\s", "");
            layer(used).filter(FORBIDDEN.get(layer.get())::contains).ifPresent(forbidden -> violations.add(
                    new Violation(name, "the " + layer.get() + " uses the " + forbidden + " " + used)));
        }
        return violations;
    }

    private static Optional<String> layer(String qualifiedName) {
        for (String part : qualifiedName.split("\\.")) {
            if (part.equals("boundary") || part.equals("control") || part.equals("entity") || part.equals("ui")) {
                return Optional.of(part);
            }
        }
        return Optional.empty();
    }

    /** The source with its comments and its string and character literals blanked out. */
    static String code(String source) {
        StringBuilder code = new StringBuilder(source.length());
        int i = 0;
        while (i < source.length()) {
            int end;
            if (source.startsWith("//", i)) {
                end = source.indexOf('\n', i);
                end = end < 0 ? source.length() : end;
            } else if (source.startsWith("/*", i)) {
                end = source.indexOf("*/", i + 2);
                end = end < 0 ? source.length() : end + 2;
            } else if (source.startsWith("\"\"\"", i)) {
                end = closing(source, i + 3, "\"\"\"");
            } else if (source.charAt(i) == '"' || source.charAt(i) == '\'') {
                end = closing(source, i + 1, String.valueOf(source.charAt(i)));
            } else {
                code.append(source.charAt(i++));
                continue;
            }
            code.append(" ".repeat(end - i));
            i = end;
        }
        return code.toString();
    }

    /** Just after the closing quote of a literal whose content starts at {@code from}, escapes skipped. */
    private static int closing(String source, int from, String quote) {
        int i = from;
        while (i < source.length()) {
            if (source.charAt(i) == '\\') {
                i += 2;
            } else if (source.startsWith(quote, i)) {
                return i + quote.length();
            } else {
                i++;
            }
        }
        return source.length();
    }
}
