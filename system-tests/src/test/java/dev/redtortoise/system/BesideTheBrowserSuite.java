package dev.redtortoise.system;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A test class that may run on the shared stack while the customer browser suite ({@link CustomerFrontEndIT})
 * drives it: it stops or changes nothing the customers' pages use, and reads no total that their sign-ups,
 * articles and comments would change. Such classes run first, beside the browser suite; every other class waits
 * for it to end (see {@link SuiteOrder}).
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@interface BesideTheBrowserSuite {
}
