package dev.redtortoise.platform.metrics;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.metrics.Metadata;
import org.eclipse.microprofile.metrics.MetricRegistry;
import org.eclipse.microprofile.metrics.MetricUnits;
import org.eclipse.microprofile.metrics.Tag;
import org.eclipse.microprofile.metrics.Timer;

import java.time.Duration;

/**
 * Names and tags every business metric once, in this part's application registry. Tags take only values
 * from bounded sets (route templates, job names, source ids, addresses), never a raw path or an e-mail
 * address. Rare events look their metric up each time; the API's requests, the hot path, look a timer up
 * once per route and status and keep it (see {@link #apiRequest}).
 */
@ApplicationScoped
public class BusinessMetrics {

    static final Metadata API_REQUESTS = metadata("rt_api_requests",
            "Customer API requests by route template, method and status, with their latency", MetricUnits.NANOSECONDS);
    static final Metadata IMPORTED = metadata("rt_import_written",
            "Items written as articles by the import step of finished import runs, by feed source", MetricUnits.NONE);
    static final Metadata REJECTED = metadata("rt_import_rejected",
            "Items skipped with a reject record by the import step of finished import runs, by feed source", MetricUnits.NONE);
    static final Metadata JOBS = metadata("rt_job_runs", "Finished job runs by job and batch status, with their duration",
            MetricUnits.NANOSECONDS);
    static final Metadata DEAD_LETTERS = metadata("rt_dead_letters",
            "Messages whose last delivery attempt failed, so the broker dead-lettered them, by address", MetricUnits.NONE);
    static final Metadata LOGIN_FAILURES = metadata("rt_login_failures",
            "Refused sign-ins (wrong e-mail, user name or password) by surface: api or console", MetricUnits.NONE);

    /** The surfaces of {@link #loginFailed}: the customer API, and the console (with the operations endpoint). */
    public static final String API = "api";
    public static final String CONSOLE = "console";

    @Inject
    MetricRegistry registry;

    /** The timer of one route template, method and status: callers keep it, so a request costs no lookup. */
    public Timer apiRequest(String method, String route, int status) {
        return registry.timer(API_REQUESTS, new Tag("method", method), new Tag("route", route),
                new Tag("status", Integer.toString(status)));
    }

    /** What the import step of a finished run of this source wrote and skipped. */
    public void imported(String source, long written, long rejected) {
        Tag tag = new Tag("source", source);
        registry.counter(IMPORTED, tag).inc(written);
        registry.counter(REJECTED, tag).inc(rejected);
    }

    public void jobEnded(String job, String status, Duration took) {
        registry.timer(JOBS, new Tag("job", job), new Tag("status", status)).update(took);
    }

    public void deadLetter(String address) {
        registry.counter(DEAD_LETTERS, new Tag("address", address)).inc();
    }

    public void loginFailed(String surface) {
        registry.counter(LOGIN_FAILURES, new Tag("surface", surface)).inc();
    }

    /** Timers in nanoseconds, so that the Prometheus output is in seconds ({@code rt_api_requests_seconds_count}). */
    private static Metadata metadata(String name, String description, String unit) {
        return Metadata.builder().withName(name).withDescription(description).withUnit(unit).build();
    }
}
