import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.time.LocalTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.StringJoiner;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ConcurrentSkipListMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicLongArray;
import java.util.concurrent.atomic.LongAdder;
import java.util.function.Supplier;

/**
 * Mixed load on the Conduit API for bench/cluster.sh and bench/soak.sh (not a test: it prints figures).
 * Registers one user per client, each of whom writes one article up front, then runs the clients for the
 * given seconds, each as its own user: 70 % reads (article list, feed, one article, its comments, tags),
 * 20 % writes (articles, comments, favorites, follows, profile updates), 10 % sign-ins. Every write that got
 * a 2xx is recorded with what identifies it (a unique title or comment body, the comment's id, the favorite,
 * the follow, the bio's sequence number) and read back through the API at the end: lost when it is not
 * there, duplicated when one request left two articles or comments. A request that gets no answer within
 * 10 s counts as a timeout. Prints "load: started" when the clients start (a script times a fault from it),
 * then requests, throughput, errors by status and request, the seconds of the run in which errors were
 * answered, latency, the requests over 2 s (which, and the seconds in which they were sent), and last
 * {@code acknowledged writes: W, lost: L, duplicated: D}.
 * Run: {@code java bench/Load.java BASE_URL [CLIENTS (64)] [SECONDS (60)]}.
 */
public class Load {

    static final Duration TIMEOUT = Duration.ofSeconds(10);
    /** A request over this is counted as slow, with what it was and when it was sent. */
    static final Duration SLOW = Duration.ofSeconds(2);
    static final int TIMED_OUT = -1, NO_CONNECTION = -2;
    static final int BUCKET_MICROS = 100;

    enum Kind { READ, WRITE, SIGN_IN }

    enum Op {
        LIST("GET /articles", Kind.READ, 14), FEED("GET /articles/feed", Kind.READ, 14),
        ARTICLE("GET /articles/{slug}", Kind.READ, 14), COMMENTS("GET /articles/{slug}/comments", Kind.READ, 14),
        TAGS("GET /tags", Kind.READ, 14), CREATE("POST /articles", Kind.WRITE, 5),
        COMMENT("POST /articles/{slug}/comments", Kind.WRITE, 5), FAVORITE("POST /articles/{slug}/favorite", Kind.WRITE, 4),
        FOLLOW("POST /profiles/{username}/follow", Kind.WRITE, 3), PROFILE("PUT /user", Kind.WRITE, 3),
        SIGN_IN("POST /users/login", Kind.SIGN_IN, 10);

        final String label;
        final Kind kind;
        final int percent;

        Op(String label, Kind kind, int percent) {
            this.label = label;
            this.kind = kind;
            this.percent = percent;
        }

        static Op draw() {
            int roll = ThreadLocalRandom.current().nextInt(100);
            for (Op op : values()) {
                if ((roll -= op.percent) < 0) {
                    return op;
                }
            }
            throw new IllegalStateException("the percentages add up to less than 100");
        }
    }

    record Answer(int status, String body) {
        boolean ok() {
            return status >= 200 && status < 300;
        }

        Map<?, ?> field(String name) {
            return (Map<?, ?>) ((Map<?, ?>) Json.parse(body)).get(name);
        }
    }

    static final class User {
        final String name;
        volatile String token;
        int bios;

        User(String name) {
            this.name = name;
        }

        @Override
        public String toString() {
            return name;
        }
    }

    /** An acknowledged write: slug, id and text as the operation needs them; second of the run it was answered in. */
    record Write(Op op, User user, String slug, String id, String text, long second) {}

    final String api;
    final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(TIMEOUT).build();
    final String run = Long.toString(System.currentTimeMillis(), 36);
    final List<User> users = new ArrayList<>();
    final List<String> slugs = Collections.synchronizedList(new ArrayList<>());
    final Queue<Write> writes = new ConcurrentLinkedQueue<>();
    final AtomicLong serial = new AtomicLong();
    final Map<Kind, LongAdder> requests = new ConcurrentHashMap<>();
    final Map<String, Map<String, LongAdder>> errors = new ConcurrentSkipListMap<>();
    final Map<Long, LongAdder> errorSeconds = new ConcurrentSkipListMap<>();
    final Map<String, LongAdder> slowRequests = new ConcurrentSkipListMap<>();
    final Map<Long, LongAdder> slowSeconds = new ConcurrentSkipListMap<>();
    final AtomicLongArray latencies = new AtomicLongArray((int) (TIMEOUT.toNanos() / 1000 / BUCKET_MICROS) + 100);
    final AtomicLong maxMicros = new AtomicLong();
    long start;

    Load(String base) {
        this.api = base.replaceAll("/$", "") + "/api";
    }

    public static void main(String[] args) throws Exception {
        Load load = new Load(args[0]);
        int clients = args.length > 1 ? Integer.parseInt(args[1]) : 64;
        int seconds = args.length > 2 ? Integer.parseInt(args[2]) : 60;
        ExecutorService pool = Executors.newFixedThreadPool(clients, task -> { // daemons: a failure ends the run
            Thread thread = new Thread(task);
            thread.setDaemon(true);
            return thread;
        });
        load.prepare(pool, clients);
        System.out.printf("load: started at %s, %d clients for %d s against %s%n",
                LocalTime.now().truncatedTo(ChronoUnit.SECONDS), clients, seconds, args[0]);
        load.start = System.nanoTime();
        long end = load.start + seconds * 1_000_000_000L;
        all(pool, load.users.stream().map(user -> (Runnable) () -> load.drive(user, end)).toList());
        double elapsed = (System.nanoTime() - load.start) / 1e9;
        load.report(elapsed);
        load.awaitAnswers(Duration.ofMinutes(3));
        Verifier verifier = new Verifier(load);
        all(pool, load.writes.stream().map(write -> (Runnable) () -> verifier.check(write)).toList());
        pool.shutdown();
        verifier.report(load.writes.size());
    }

    /** Waits until the API answers again (a run may end while an instance is still starting: /api is 404 then). */
    void awaitAnswers(Duration limit) throws InterruptedException {
        long deadline = System.nanoTime() + limit.toNanos();
        while (send("GET", "/tags", null, null).status() != 200) {
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("the API did not answer within " + limit + " after the load");
            }
            Thread.sleep(1000);
        }
    }

    static void all(ExecutorService pool, List<Runnable> tasks) throws Exception {
        List<Future<?>> running = new ArrayList<>();
        tasks.forEach(task -> running.add(pool.submit(task)));
        for (Future<?> task : running) {
            task.get();
        }
    }

    void prepare(ExecutorService pool, int clients) throws Exception {
        for (int i = 1; i <= clients; i++) {
            users.add(new User("load" + run + "u" + i));
        }
        all(pool, users.stream().map(user -> (Runnable) () -> {
            String email = user.name + "@load.example";
            Answer registered = patiently(() -> send("POST", "/users", null, "{\"user\":{\"username\":\"" + user.name
                    + "\",\"email\":\"" + email + "\",\"password\":\"load-password\"}}"));
            if (registered.status() == 422) { // an earlier try timed out after the account was made
                registered = patiently(() -> send("POST", "/users/login", null,
                        "{\"user\":{\"email\":\"" + email + "\",\"password\":\"load-password\"}}"));
            }
            user.token = (String) expect(registered).field("user").get("token");
            slugs.add((String) expect(patiently(() -> send("POST", "/articles", user.token, article("Seed of " + user.name))))
                    .field("article").get("slug"));
        }).toList());
    }

    /** A request of the preparation, tried again for up to a minute while it gets no answer or a 5xx. */
    static Answer patiently(Supplier<Answer> request) {
        Answer answer = request.get();
        for (int attempt = 1; attempt < 60 && (answer.status() < 0 || answer.status() >= 500); attempt++) {
            Verifier.sleep();
            answer = request.get();
        }
        return answer;
    }

    static Answer expect(Answer answer) {
        if (!answer.ok()) {
            throw new IllegalStateException("preparing the load failed: " + answer);
        }
        return answer;
    }

    /** One client: its user's requests, one after the other, until the end. */
    void drive(User user, long end) {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        while (System.nanoTime() < end) {
            Op op = Op.draw();
            String slug = slugs.get(random.nextInt(slugs.size()));
            String n = run + "-" + serial.incrementAndGet();
            switch (op) {
                case LIST -> measure(op, "GET", random.nextBoolean() ? "/articles?limit=20" : "/articles?limit=20&tag=tag" + random.nextInt(10), user, null);
                case FEED -> measure(op, "GET", "/articles/feed?limit=20", user, null);
                case ARTICLE -> measure(op, "GET", "/articles/" + slug, user, null);
                case COMMENTS -> measure(op, "GET", "/articles/" + slug + "/comments", user, null);
                case TAGS -> measure(op, "GET", "/tags", user, null);
                case CREATE -> {
                    String title = "Load article " + n;
                    Answer answer = measure(op, "POST", "/articles", user, article(title));
                    if (answer.ok()) {
                        String created = (String) answer.field("article").get("slug");
                        acknowledge(op, user, created, null, title);
                        slugs.add(created);
                    }
                }
                case COMMENT -> {
                    String body = "Load comment " + n;
                    Answer answer = measure(op, "POST", "/articles/" + slug + "/comments", user, "{\"comment\":{\"body\":\"" + body + "\"}}");
                    if (answer.ok()) {
                        acknowledge(op, user, slug, String.valueOf(answer.field("comment").get("id")), body);
                    }
                }
                case FAVORITE -> {
                    if (measure(op, "POST", "/articles/" + slug + "/favorite", user, "").ok()) {
                        acknowledge(op, user, slug, null, null);
                    }
                }
                case FOLLOW -> {
                    User other = users.get(random.nextInt(users.size()));
                    if (other != user && measure(op, "POST", "/profiles/" + other.name + "/follow", user, "").ok()) {
                        acknowledge(op, user, null, other.name, null);
                    }
                }
                case PROFILE -> {
                    int sequence = ++user.bios;
                    if (measure(op, "PUT", "/user", user, "{\"user\":{\"bio\":\"bio " + sequence + " of " + n + "\"}}").ok()) {
                        acknowledge(op, user, null, String.valueOf(sequence), null);
                    }
                }
                case SIGN_IN -> {
                    Answer answer = measure(op, "POST", "/users/login", null, "{\"user\":{\"email\":\"" + user.name
                            + "@load.example\",\"password\":\"load-password\"}}");
                    if (answer.ok()) {
                        user.token = (String) answer.field("user").get("token");
                    }
                }
            }
        }
    }

    static String article(String title) {
        int tag = ThreadLocalRandom.current().nextInt(10);
        return "{\"article\":{\"title\":\"" + title + "\",\"description\":\"Written by bench/Load.java\",\"body\":\""
                + "A body long enough to look like one. ".repeat(20) + "\",\"tagList\":[\"tag" + tag + "\",\"tag" + (tag + 1) % 10 + "\"]}}";
    }

    void acknowledge(Op op, User user, String slug, String id, String text) {
        writes.add(new Write(op, user, slug, id, text, second()));
    }

    long second() {
        return (System.nanoTime() - start) / 1_000_000_000L;
    }

    Answer measure(Op op, String method, String path, User user, String json) {
        long began = System.nanoTime();
        Answer answer = send(method, path, user == null ? null : user.token, json);
        long micros = (System.nanoTime() - began) / 1000;
        latencies.incrementAndGet((int) Math.min(micros / BUCKET_MICROS, latencies.length() - 1));
        maxMicros.accumulateAndGet(micros, Math::max);
        if (micros >= SLOW.toNanos() / 1000) {
            slowRequests.computeIfAbsent(op.label, key -> new LongAdder()).increment();
            slowSeconds.computeIfAbsent((began - start) / 1_000_000_000L, key -> new LongAdder()).increment();
        }
        requests.computeIfAbsent(op.kind, kind -> new LongAdder()).increment();
        if (!answer.ok()) {
            String status = switch (answer.status()) {
                case TIMED_OUT -> "timeout";
                case NO_CONNECTION -> "connection error";
                default -> Integer.toString(answer.status());
            };
            errors.computeIfAbsent(status, key -> new ConcurrentSkipListMap<>()).computeIfAbsent(op.label, key -> new LongAdder()).increment();
            errorSeconds.computeIfAbsent(second(), key -> new LongAdder()).increment();
        }
        return answer;
    }

    Answer send(String method, String path, String token, String json) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(api + path)).timeout(TIMEOUT)
                .method(method, json == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(json));
        if (json != null) {
            request.header("Content-Type", "application/json");
        }
        if (token != null) {
            request.header("Authorization", "Token " + token);
        }
        try {
            HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
            return new Answer(response.statusCode(), response.body());
        } catch (HttpTimeoutException e) {
            return new Answer(TIMED_OUT, e.toString());
        } catch (java.io.IOException e) {
            return new Answer(NO_CONNECTION, e.toString());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    void report(double elapsed) {
        long total = requests.values().stream().mapToLong(LongAdder::sum).sum();
        Map<String, Long> byStatus = new TreeMap<>();
        errors.forEach((status, ops) -> byStatus.put(status, ops.values().stream().mapToLong(LongAdder::sum).sum()));
        long failed = byStatus.values().stream().mapToLong(Long::longValue).sum();
        System.out.printf("requests: %d in %.1f s, %.1f req/s (reads %d, writes %d, sign-ins %d)%n", total, elapsed,
                total / elapsed, count(Kind.READ), count(Kind.WRITE), count(Kind.SIGN_IN));
        System.out.printf("latency: p50 %s, p99 %s, max %s%n", percentile(total, 0.50), percentile(total, 0.99),
                millis(maxMicros.get()));
        System.out.printf("failed: %d requests%n", failed);
        System.out.printf("slow: %d requests over 2 s%n", slowRequests.values().stream().mapToLong(LongAdder::sum).sum());
        if (!slowRequests.isEmpty()) {
            System.out.println(perRequest("  slow: ", slowRequests));
            System.out.println("  slow ones sent in seconds: " + perSecond(slowSeconds));
        }
        StringJoiner statuses = new StringJoiner(", ", "errors by status: ", "").setEmptyValue("errors by status: none");
        byStatus.forEach((status, count) -> statuses.add(status + ": " + count));
        System.out.println(statuses);
        errors.forEach((status, ops) -> System.out.println(perRequest("  " + status + ": ", ops)));
        System.out.println("errors answered in seconds: " + perSecond(errorSeconds));
    }

    /** Each request with its count after the prefix, as {@code GET /tags 3, POST /users/login 63}. */
    static String perRequest(String prefix, Map<String, LongAdder> counts) {
        StringJoiner line = new StringJoiner(", ", prefix, "");
        counts.forEach((label, count) -> line.add(label + " " + count.sum()));
        return line.toString();
    }

    /** Each second of the run with its count, as {@code 20 (6), 21 (64)}. */
    static String perSecond(Map<Long, LongAdder> counts) {
        StringJoiner seconds = new StringJoiner(", ").setEmptyValue("none");
        counts.forEach((second, count) -> seconds.add(second + " (" + count.sum() + ")"));
        return seconds.toString();
    }

    long count(Kind kind) {
        LongAdder adder = requests.get(kind);
        return adder == null ? 0 : adder.sum();
    }

    String percentile(long total, double share) {
        long rank = (long) Math.ceil(total * share), seen = 0;
        for (int bucket = 0; bucket < latencies.length(); bucket++) {
            if ((seen += latencies.get(bucket)) >= rank && rank > 0) {
                return millis((bucket + 1L) * BUCKET_MICROS);
            }
        }
        return "-";
    }

    static String millis(long micros) {
        return String.format("%.1f ms", micros / 1000.0);
    }

    /** Reads every acknowledged write back through the API once the load is over. */
    static final class Verifier {

        final Load load;
        final Map<String, Map<Object, Integer>> titlesByAuthor = new ConcurrentHashMap<>();
        final Map<String, List<?>> commentsBySlug = new ConcurrentHashMap<>();
        final LongAdder lost = new LongAdder(), duplicated = new LongAdder();
        final Queue<String> findings = new ConcurrentLinkedQueue<>();

        Verifier(Load load) {
            this.load = load;
        }

        void check(Write write) {
            String finding;
            try {
                finding = switch (write.op()) {
                    case CREATE -> article(write);
                    case COMMENT -> comment(write);
                    case FAVORITE -> flag(read("/articles/" + write.slug(), write.user()).field("article").get("favorited"));
                    case FOLLOW -> flag(read("/profiles/" + write.id(), write.user()).field("profile").get("following"));
                    case PROFILE -> bio(write);
                    default -> throw new IllegalArgumentException("not a write: " + write.op());
                };
            } catch (RuntimeException e) {
                finding = "lost (could not be read back: " + e.getMessage() + ")";
            }
            if (finding != null) {
                (finding.startsWith("duplicated") ? duplicated : lost).increment();
                findings.add(finding + ": " + write.op().label + " by " + write.user() + " answered in second "
                        + write.second() + (write.slug() == null ? "" : ", slug " + write.slug())
                        + (write.id() == null ? "" : ", id " + write.id()) + (write.text() == null ? "" : ", '" + write.text() + "'"));
            }
        }

        String article(Write write) {
            if (read("/articles/" + write.slug(), write.user()).status() == 404) {
                return "lost";
            }
            int copies = titlesByAuthor.computeIfAbsent(write.user().name, this::titles).getOrDefault(write.text(), 0);
            return copies > 1 ? "duplicated (" + copies + " articles)" : null;
        }

        Map<Object, Integer> titles(String author) {
            Map<Object, Integer> titles = new ConcurrentHashMap<>();
            for (int offset = 0; ; offset += 100) {
                List<?> page = (List<?>) ((Map<?, ?>) Json.parse(read("/articles?limit=100&author=" + author + "&offset=" + offset, null).body())).get("articles");
                page.forEach(article -> titles.merge(((Map<?, ?>) article).get("title"), 1, Integer::sum));
                if (page.size() < 100) {
                    return titles;
                }
            }
        }

        String comment(Write write) {
            List<?> comments = commentsBySlug.computeIfAbsent(write.slug(),
                    slug -> (List<?>) ((Map<?, ?>) Json.parse(read("/articles/" + slug + "/comments", null).body())).get("comments"));
            if (comments.stream().noneMatch(comment -> write.id().equals(String.valueOf(((Map<?, ?>) comment).get("id"))))) {
                return "lost";
            }
            long copies = comments.stream().filter(comment -> write.text().equals(((Map<?, ?>) comment).get("body"))).count();
            return copies > 1 ? "duplicated (" + copies + " comments)" : null;
        }

        static String flag(Object value) {
            return Boolean.TRUE.equals(value) ? null : "lost";
        }

        /** The bio read back must be this update or a later one of the same user (one client sends them in turn). */
        String bio(Write write) {
            String bio = (String) read("/user", write.user()).field("user").get("bio");
            return bio != null && Integer.parseInt(bio.split(" ")[1]) >= Integer.parseInt(write.id()) ? null : "lost (bio now '" + bio + "')";
        }

        /** A read, tried again for a few seconds while it gets no answer or a 5xx. */
        Answer read(String path, User user) {
            Answer answer = null;
            for (int attempt = 0; attempt < 5; attempt++) {
                answer = load.send("GET", path, user == null ? null : user.token, null);
                if (answer.ok() || answer.status() == 404) {
                    return answer;
                }
                if (answer.status() > 0 && answer.status() < 500) {
                    break;
                }
                sleep();
            }
            throw new IllegalStateException("GET " + path + " answered " + answer.status());
        }

        static void sleep() {
            try {
                Thread.sleep(1000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }

        void report(int acknowledged) {
            findings.stream().sorted().limit(30).forEach(finding -> System.out.println("  " + finding));
            if (findings.size() > 30) {
                System.out.println("  ... and " + (findings.size() - 30) + " more");
            }
            System.out.printf("acknowledged writes: %d, lost: %d, duplicated: %d%n", acknowledged, lost.sum(), duplicated.sum());
        }
    }

    /** Just enough JSON for the API's answers: objects, arrays, strings, literals (numbers kept as their text). */
    static final class Json {

        final String text;
        int at;

        Json(String text) {
            this.text = text;
        }

        static Object parse(String text) {
            return new Json(text).value();
        }

        Object value() {
            skipSpace();
            char first = text.charAt(at);
            if (first == '{') {
                Map<String, Object> object = new LinkedHashMap<>();
                at++;
                skipSpace();
                if (text.charAt(at) == '}') {
                    at++;
                    return object;
                }
                do {
                    skipSpace();
                    String key = string();
                    skipSpace();
                    at++; // the colon
                    object.put(key, value());
                    skipSpace();
                } while (text.charAt(at++) == ',');
                return object;
            }
            if (first == '[') {
                List<Object> array = new ArrayList<>();
                at++;
                skipSpace();
                if (text.charAt(at) == ']') {
                    at++;
                    return array;
                }
                do {
                    array.add(value());
                    skipSpace();
                } while (text.charAt(at++) == ',');
                return array;
            }
            if (first == '"') {
                return string();
            }
            int from = at;
            while (at < text.length() && ",]} \t\r\n".indexOf(text.charAt(at)) < 0) {
                at++;
            }
            String literal = text.substring(from, at);
            return switch (literal) {
                case "true" -> Boolean.TRUE;
                case "false" -> Boolean.FALSE;
                case "null" -> null;
                default -> literal;
            };
        }

        String string() {
            StringBuilder string = new StringBuilder();
            at++;
            for (char c = text.charAt(at++); c != '"'; c = text.charAt(at++)) {
                if (c == '\\') {
                    char escaped = text.charAt(at++);
                    switch (escaped) {
                        case 'n' -> string.append('\n');
                        case 't' -> string.append('\t');
                        case 'r' -> string.append('\r');
                        case 'b' -> string.append('\b');
                        case 'f' -> string.append('\f');
                        case 'u' -> {
                            string.append((char) Integer.parseInt(text.substring(at, at + 4), 16));
                            at += 4;
                        }
                        default -> string.append(escaped);
                    }
                } else {
                    string.append(c);
                }
            }
            return string.toString();
        }

        void skipSpace() {
            while (at < text.length() && Character.isWhitespace(text.charAt(at))) {
                at++;
            }
        }
    }
}
