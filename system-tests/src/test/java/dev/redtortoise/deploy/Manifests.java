package dev.redtortoise.deploy;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.error.YAMLException;

/**
 * Every object of every manifest in {@code deploy/kubernetes/} (multi-document YAML), each with the file it
 * came from, and a forgiving walk through its fields: a missing field is an empty map, list or text, so a
 * check reports it by name instead of failing on a cast.
 */
record Manifests(List<Manifest> all) {

    record Manifest(String file, Map<?, ?> object) {

        String kind() {
            return text(object, "kind");
        }

        String name() {
            return text(map(object, "metadata"), "name");
        }

        String where() {
            return file + ": " + kind() + " " + name();
        }
    }

    static Manifests read(Path folder) {
        try (Stream<Path> files = Files.list(folder)) {
            List<Manifest> all = new ArrayList<>();
            for (Path file : files.filter(f -> f.toString().endsWith(".yaml")).sorted().toList()) {
                try (Reader reader = Files.newBufferedReader(file)) {
                    for (Object document : documents(file, reader)) {
                        if (!(document instanceof Map<?, ?> object)) {
                            throw new IllegalStateException(file.getFileName() + ": a document that is not a Kubernetes object: " + document);
                        }
                        all.add(new Manifest(file.getFileName().toString(), object));
                    }
                }
            }
            return new Manifests(all);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<Object> documents(Path file, Reader reader) {
        try {
            List<Object> documents = new ArrayList<>();
            new Yaml().loadAll(reader).forEach(documents::add);
            return documents;
        } catch (YAMLException e) {
            throw new IllegalStateException(file.getFileName() + " is not valid YAML: " + e.getMessage(), e);
        }
    }

    List<Manifest> ofKind(String kind) {
        return all.stream().filter(m -> kind.equals(m.kind())).toList();
    }

    Optional<Manifest> find(String kind, String name) {
        return ofKind(kind).stream().filter(m -> name.equals(m.name())).findFirst();
    }

    static Map<?, ?> map(Object parent, String field) {
        return parent instanceof Map<?, ?> m && m.get(field) instanceof Map<?, ?> child ? child : Map.of();
    }

    static List<?> list(Object parent, String field) {
        return parent instanceof Map<?, ?> m && m.get(field) instanceof List<?> child ? child : List.of();
    }

    static String text(Object parent, String field) {
        return parent instanceof Map<?, ?> m && m.get(field) != null ? String.valueOf(m.get(field)) : "";
    }

    /** The field at a dotted path ({@code spec.template.spec}), or an empty map. */
    static Map<?, ?> at(Object parent, String path) {
        Object current = parent;
        for (String field : path.split("\\.")) {
            current = map(current, field);
        }
        return (Map<?, ?>) current;
    }
}
