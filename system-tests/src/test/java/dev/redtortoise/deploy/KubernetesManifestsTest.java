package dev.redtortoise.deploy;

import static dev.redtortoise.deploy.Manifests.at;
import static dev.redtortoise.deploy.Manifests.list;
import static dev.redtortoise.deploy.Manifests.map;
import static dev.redtortoise.deploy.Manifests.text;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.redtortoise.deploy.Manifests.Manifest;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The Kubernetes manifests of README "Running in production" hold together without a cluster: every Payara
 * pod is probed, sized, scraped and configured only with documented settings, secrets come from the Secret,
 * and the API scales, orchestration runs twice, the console is sticky and the grid can find its members.
 * Runs in the unit phase (surefire's working directory is this module), reading the repository's files.
 */
class KubernetesManifestsTest {

    private static final Path ROOT = Path.of("").toAbsolutePath().getParent();
    private static final String SECRET = "redtortoise-secrets";
    /** Settings whose values are secrets: only ever from the Secret. */
    private static final Set<String> SECRETS = Set.of("RT_DB_PASSWORD", "RT_ARTEMIS_PASSWORD", "RT_MONGO_URL",
            "RT_JWT_SECRET", "RT_JWT_PREVIOUS_SECRET", "RT_ADMIN_PASSWORD", "SENTRY_DSN");
    /** Read by the official payara/micro image's entrypoint (its documentation), not by our code. */
    private static final Set<String> IMAGE_SETTINGS = Set.of("JVM_ARGS", "MEM_MAX_RAM_PERCENTAGE");

    private static Manifests manifests;
    private static Set<String> documented;

    @BeforeAll
    static void read() throws IOException {
        Path folder = ROOT.resolve("deploy/kubernetes");
        assertTrue(Files.isDirectory(folder), "no " + folder + ": run this test from the system-tests module");
        manifests = Manifests.read(folder);
        documented = new TreeSet<>(IMAGE_SETTINGS);
        documented.addAll(readmeSettings(Files.readString(ROOT.resolve("README.md"))));
    }

    /** The names in the first column of README's settings table, and those the asadmin files read. */
    static Set<String> readmeSettings(String readme) {
        int start = readme.indexOf("\n## Settings\n");
        assertTrue(start >= 0, "README.md has no '## Settings' section");
        String section = readme.substring(start + 1, readme.indexOf("\n## ", start + 1));
        List<String> sources = new ArrayList<>();
        for (String line : section.split("\n")) {
            if (line.startsWith("| `")) {
                sources.add(line.split("\\|")[1]);
            }
        }
        int asadmin = section.indexOf("Inside Payara, the asadmin files read");
        if (asadmin >= 0) {
            int end = section.indexOf("\n\n", asadmin);
            sources.add(section.substring(asadmin, end < 0 ? section.length() : end));
        }
        Set<String> names = new TreeSet<>();
        Pattern name = Pattern.compile("`([A-Z][A-Z0-9_]+)`");
        for (String source : sources) {
            Matcher m = name.matcher(source);
            while (m.find()) {
                names.add(m.group(1));
            }
        }
        assertTrue(names.contains("RT_DB_URL") && names.contains("RT_RUNTIME_DIR"),
                "README's settings table or its asadmin paragraph could not be read: " + names);
        return names;
    }

    @Test
    void everyPayaraContainerHasTheThreeHealthProbesOnItsHttpPort() {
        List<String> problems = new ArrayList<>();
        Map<String, String> probes = Map.of("livenessProbe", "/health/live", "readinessProbe", "/health/ready",
                "startupProbe", "/health/started");
        forEachContainer((where, container) -> probes.forEach((probe, path) -> {
            Map<?, ?> get = at(container, probe + ".httpGet");
            if (!path.equals(text(get, "path"))) {
                problems.add(where + ": " + probe + " must GET " + path + ", has " + get);
            } else if (port(container, text(get, "port")) != 8080) {
                problems.add(where + ": " + probe + " must reach the HTTP port 8080, has port " + text(get, "port"));
            }
        }));
        assertNone(problems);
    }

    @Test
    void everyPayaraContainerOpensHttpAndTheGridPortAndIsSized() {
        List<String> problems = new ArrayList<>();
        forEachContainer((where, container) -> {
            if (port(container, "http") != 8080) {
                problems.add(where + ": needs containerPort 8080 named http");
            }
            if (String.join(" ", args(container)).contains("--clustermode") && port(container, "grid") != 6900) {
                problems.add(where + ": joins the Data Grid, so needs containerPort 6900 named grid");
            }
            for (String bound : List.of("requests", "limits")) {
                for (String resource : List.of("cpu", "memory")) {
                    if (text(at(container, "resources." + bound), resource).isEmpty()) {
                        problems.add(where + ": resources." + bound + "." + resource + " is not set");
                    }
                }
            }
            if (!"true".equals(text(map(container, "securityContext"), "readOnlyRootFilesystem"))) {
                problems.add(where + ": securityContext.readOnlyRootFilesystem must be true");
            }
        });
        for (Manifest deployment : manifests.ofKind("Deployment")) {
            if (!"true".equals(text(at(deployment.object(), "spec.template.spec.securityContext"), "runAsNonRoot"))) {
                problems.add(deployment.where() + ": the pod's securityContext.runAsNonRoot must be true");
            }
        }
        assertNone(problems);
    }

    @Test
    void everySettingIsDocumentedInTheReadmeAndSecretsComeOnlyFromTheSecret() {
        List<String> problems = new ArrayList<>();
        forEachContainer((where, container) -> {
            for (Object entry : list(container, "env")) {
                String name = text(entry, "name");
                if (!documented.contains(name)) {
                    problems.add(where + ": env " + name + " is not in README's settings table");
                }
                Map<?, ?> secretRef = at(entry, "valueFrom.secretKeyRef");
                if (SECRETS.contains(name) != SECRET.equals(text(secretRef, "name"))) {
                    problems.add(where + ": env " + name + (SECRETS.contains(name)
                            ? " is a secret: it must come from secretKeyRef " + SECRET
                            : " is not a secret but comes from the Secret"));
                }
            }
            for (Object source : list(container, "envFrom")) {
                String configMap = text(map(source, "configMapRef"), "name");
                if (manifests.find("ConfigMap", configMap).isEmpty()) {
                    problems.add(where + ": envFrom names the ConfigMap " + configMap + ", which no manifest declares");
                }
            }
        });
        for (Manifest configMap : manifests.ofKind("ConfigMap")) {
            for (Object key : map(configMap.object(), "data").keySet()) {
                if (!documented.contains(String.valueOf(key))) {
                    problems.add(configMap.where() + ": " + key + " is not in README's settings table");
                }
                if (SECRETS.contains(String.valueOf(key))) {
                    problems.add(configMap.where() + ": " + key + " is a secret: it belongs in the Secret " + SECRET);
                }
            }
        }
        assertTrue(manifests.ofKind("Secret").isEmpty(), "no Secret in the repository: it is created in the cluster");
        assertNone(problems);
    }

    @Test
    void everyPodIsScrapedForMetrics() {
        List<String> problems = new ArrayList<>();
        Map<String, String> expected = Map.of("prometheus.io/scrape", "true", "prometheus.io/path", "/metrics",
                "prometheus.io/port", "8080");
        for (Manifest deployment : manifests.ofKind("Deployment")) {
            Map<?, ?> annotations = at(deployment.object(), "spec.template.metadata.annotations");
            expected.forEach((key, value) -> {
                if (!value.equals(text(annotations, key))) {
                    problems.add(deployment.where() + ": pod annotation " + key + " must be " + value + ", is " + annotations.get(key));
                }
            });
        }
        assertNone(problems);
    }

    @Test
    void orchestrationRunsTwiceAndTheApiScalesOnCpu() {
        Manifest orchestration = deployment("redtortoise-orchestration");
        assertTrue("2".equals(text(map(orchestration.object(), "spec"), "replicas")),
                orchestration.where() + ": must run 2 replicas (schedule turns and leases in PostgreSQL)");
        assertTrue(args(firstContainer(orchestration)).contains("/opt/payara/runtime/orchestration.war"),
                orchestration.where() + ": must deploy orchestration.war");
        Manifest api = deployment("redtortoise-api");
        Manifest hpa = manifests.ofKind("HorizontalPodAutoscaler").stream()
                .filter(h -> "Deployment".equals(text(at(h.object(), "spec.scaleTargetRef"), "kind"))
                        && api.name().equals(text(at(h.object(), "spec.scaleTargetRef"), "name")))
                .findFirst().orElseThrow(() -> new AssertionError("no HorizontalPodAutoscaler targets the Deployment " + api.name()));
        assertTrue(list(map(hpa.object(), "spec"), "metrics").stream()
                        .anyMatch(metric -> "cpu".equals(text(at(metric, "resource"), "name"))),
                hpa.where() + ": must scale on CPU");
        for (String name : List.of("redtortoise-api", "redtortoise-console", "redtortoise-orchestration")) {
            assertTrue(manifests.find("PodDisruptionBudget", name).isPresent(), "no PodDisruptionBudget " + name);
        }
    }

    @Test
    void theConsoleIsStickyAndOperationsAreNotPublic() {
        Manifest console = manifests.ofKind("Ingress").stream()
                .filter(ingress -> backends(ingress).contains("/admin -> redtortoise-console"))
                .findFirst().orElseThrow(() -> new AssertionError("no Ingress routes /admin to the Service redtortoise-console"));
        Map<?, ?> annotations = at(console.object(), "metadata.annotations");
        assertTrue("cookie".equals(text(annotations, "nginx.ingress.kubernetes.io/affinity")),
                console.where() + ": the console needs cookie affinity (nginx.ingress.kubernetes.io/affinity: cookie)");
        assertTrue(Integer.parseInt(text(annotations, "nginx.ingress.kubernetes.io/proxy-read-timeout")) >= 3600,
                console.where() + ": the console's push WebSocket needs proxy-read-timeout of an hour");
        for (Manifest ingress : manifests.ofKind("Ingress")) {
            for (String route : backends(ingress)) {
                assertTrue(!route.startsWith("/orchestration") && !route.contains("redtortoise-orchestration"),
                        ingress.where() + ": routes " + route + ": the operations endpoint stays inside the cluster");
            }
        }
        assertTrue(backends(manifests.find("Ingress", "redtortoise-api").orElseThrow()).contains("/api -> redtortoise-api"),
                "the Ingress redtortoise-api must route /api to the Service redtortoise-api");
    }

    @Test
    void theGridServiceExistsAndItsServiceAccountMayListEndpoints() {
        List<String> problems = new ArrayList<>();
        Pattern mode = Pattern.compile("kubernetes:([a-z0-9-]+),([a-z0-9-]+)");
        for (Manifest deployment : manifests.ofKind("Deployment")) {
            Matcher m = mode.matcher(String.join(" ", args(firstContainer(deployment))));
            if (!m.find()) {
                problems.add(deployment.where() + ": needs --clustermode kubernetes:<namespace>,<service>");
                continue;
            }
            if (manifests.find("Service", m.group(2)).filter(s -> m.group(1).equals(text(map(s.object(), "metadata"), "namespace"))).isEmpty()) {
                problems.add(deployment.where() + ": --clustermode names the Service " + m.group(2) + " in " + m.group(1) + ", which is not declared");
            }
            String account = text(at(deployment.object(), "spec.template.spec"), "serviceAccountName");
            boolean mayList = manifests.ofKind("RoleBinding").stream()
                    .filter(b -> list(b.object(), "subjects").stream().anyMatch(s -> account.equals(text(s, "name"))))
                    .flatMap(b -> manifests.find("Role", text(map(b.object(), "roleRef"), "name")).stream())
                    .flatMap(role -> list(role.object(), "rules").stream())
                    .anyMatch(rule -> list(rule, "resources").contains("endpoints") && list(rule, "verbs").contains("list"));
            if (!mayList) {
                problems.add(deployment.where() + ": its ServiceAccount '" + account + "' is bound to no Role that may list endpoints");
            }
        }
        assertNone(problems);
    }

    private interface ContainerCheck {
        void check(String where, Map<?, ?> container);
    }

    private static void forEachContainer(ContainerCheck check) {
        assertTrue(manifests.ofKind("Deployment").size() >= 3, "expected the api, console and orchestration Deployments");
        for (Manifest deployment : manifests.ofKind("Deployment")) {
            for (Object container : list(at(deployment.object(), "spec.template.spec"), "containers")) {
                check.check(deployment.where() + " container " + text(container, "name"), (Map<?, ?>) container);
            }
        }
    }

    private static Manifest deployment(String name) {
        return manifests.find("Deployment", name).orElseThrow(() -> new AssertionError("no Deployment " + name));
    }

    private static Map<?, ?> firstContainer(Manifest deployment) {
        return (Map<?, ?>) list(at(deployment.object(), "spec.template.spec"), "containers").get(0);
    }

    private static List<String> args(Map<?, ?> container) {
        return list(container, "args").stream().map(String::valueOf).toList();
    }

    /** The containerPort of a port given by name or number, or -1. */
    private static int port(Map<?, ?> container, String nameOrNumber) {
        return list(container, "ports").stream()
                .filter(p -> nameOrNumber.equals(text(p, "name")) || nameOrNumber.equals(text(p, "containerPort")))
                .mapToInt(p -> Integer.parseInt(text(p, "containerPort"))).findFirst().orElse(-1);
    }

    /** Each path of an Ingress as "path -> service". */
    private static List<String> backends(Manifest ingress) {
        return list(map(ingress.object(), "spec"), "rules").stream()
                .flatMap(rule -> list(map(rule, "http"), "paths").stream())
                .map(path -> text(path, "path") + " -> " + text(at(path, "backend.service"), "name"))
                .toList();
    }

    private static void assertNone(List<String> problems) {
        assertTrue(problems.isEmpty(), problems.size() + " problem(s) in deploy/kubernetes:\n  " + String.join("\n  ", problems));
    }
}
