package dev.redtortoise.system;

import org.junit.jupiter.api.ClassDescriptor;
import org.junit.jupiter.api.ClassOrderer;
import org.junit.jupiter.api.ClassOrdererContext;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.parallel.Execution;
import org.junit.jupiter.api.parallel.ExecutionMode;

import java.util.Comparator;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/**
 * How the system-test classes share the two cores. Classes run one after the other on the shared stack, and
 * beside them, on the second worker, first the customer browser suite ({@link CustomerFrontEndIT}: minutes of
 * Chromium against the shared stack), then the classes with a stack of their own ({@code @Execution(CONCURRENT)},
 * such as {@link ClusterIT}). While the browser suite runs, only classes marked {@link BesideTheBrowserSuite} run
 * in the line, and they come first; any other class waits in its {@code @BeforeAll} for the browser suite to end.
 * The order is this class's; the waiting is its extension's, registered for every class through
 * {@code META-INF/services}. The pool has two workers and no more (a worker waiting on a process would otherwise
 * get a stand-in thread, which would start the next concurrent class beside the browser suite).
 */
public final class SuiteOrder implements ClassOrderer, BeforeAllCallback {

    private static final CountDownLatch BROWSER_SUITE_ENDED = new CountDownLatch(1);
    /** Set when the classes are ordered, before any runs: false when this run leaves the browser suite out. */
    private static volatile boolean browserSuiteInThisRun;

    @Override
    public void orderClasses(ClassOrdererContext context) {
        browserSuiteInThisRun = context.getClassDescriptors().stream()
                .anyMatch(descriptor -> descriptor.getTestClass() == CustomerFrontEndIT.class);
        context.getClassDescriptors().sort(Comparator.comparingInt(SuiteOrder::group).thenComparingInt(SuiteOrder::order));
    }

    private static int group(ClassDescriptor descriptor) {
        Class<?> type = descriptor.getTestClass();
        if (type == CustomerFrontEndIT.class) {
            return 0;
        }
        if (concurrent(type)) {
            return 1;
        }
        return type.isAnnotationPresent(BesideTheBrowserSuite.class) ? 2 : 3;
    }

    /** Within a group, {@code @Order} (such as the log search's, last of all), then the discovery order. */
    private static int order(ClassDescriptor descriptor) {
        return descriptor.findAnnotation(Order.class).map(Order::value).orElse(Order.DEFAULT);
    }

    private static boolean concurrent(Class<?> type) {
        Execution execution = type.getAnnotation(Execution.class);
        return execution != null && execution.value() == ExecutionMode.CONCURRENT;
    }

    /** Called by the browser suite when it ends, passed or not. */
    static void browserSuiteEnded() {
        BROWSER_SUITE_ENDED.countDown();
    }

    @Override
    public void beforeAll(ExtensionContext context) throws InterruptedException {
        Class<?> type = context.getRequiredTestClass();
        if (!browserSuiteInThisRun || type == CustomerFrontEndIT.class || concurrent(type)
                || type.isAnnotationPresent(BesideTheBrowserSuite.class)) {
            return;
        }
        // the browser suite gives up after 10 minutes; this wait is longer so that its own message is the one seen
        if (!BROWSER_SUITE_ENDED.await(12, TimeUnit.MINUTES)) {
            throw new IllegalStateException(type.getSimpleName() + " waited 12 minutes for CustomerFrontEndIT to end");
        }
    }
}
