package dev.redtortoise.console.ui;

import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import dev.redtortoise.console.entity.Role;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

class PermissionsTest {

    static final Path CLASSES = Path.of("target/classes");

    @Test
    void onlyAdministratorsAndOperatorsMayAct() {
        assertThat(Permissions.permits(user(Role.ADMIN), Permissions.OPERATORS)).isTrue();
        assertThat(Permissions.permits(user(Role.OPERATOR), Permissions.OPERATORS)).isTrue();
        assertThat(Permissions.permits(user(Role.VIEWER), Permissions.OPERATORS)).isFalse();
        assertThat(Permissions.permits(Optional.empty(), Permissions.OPERATORS)).isFalse();
    }

    @Test
    void onlyAdministratorsMayChangeSettingsOrRevert() {
        assertThat(Permissions.permits(user(Role.ADMIN), Permissions.ADMINS)).isTrue();
        assertThat(Permissions.permits(user(Role.OPERATOR), Permissions.ADMINS)).isFalse();
        assertThat(Permissions.permits(user(Role.VIEWER), Permissions.ADMINS)).isFalse();
        assertThat(Permissions.permits(Optional.empty(), Permissions.ADMINS)).isFalse();
    }

    @Test
    void everyViewSaysWhoMayOpenIt() throws IOException {
        List<Class<?>> views = routes();
        assertThat(views).isNotEmpty();
        for (Class<?> view : views) {
            assertThat(view.isAnnotationPresent(RolesAllowed.class) || view.isAnnotationPresent(PermitAll.class)
                    || view.isAnnotationPresent(AnonymousAllowed.class))
                    .as(view.getName() + " declares @RolesAllowed, @PermitAll or @AnonymousAllowed").isTrue();
        }
    }

    @Test
    void aViewerOpensOnlyTheReadOnlyViews() throws IOException {
        Set<String> viewerViews = Set.of("DashboardView", "FeedSourceListView", "JobRunListView",
                "SettingListView", "AuditLogView", "ScheduleListView", "DeadLetterListView", "GeoPolicyView",
                "ArticleModerationView");
        for (Class<?> view : routes()) {
            RolesAllowed allowed = view.getAnnotation(RolesAllowed.class);
            if (allowed != null) {
                assertThat(List.of(allowed.value()).contains(Permissions.VIEWER))
                        .as(view.getSimpleName() + " open to viewers").isEqualTo(viewerViews.contains(view.getSimpleName()));
            }
        }
    }

    private static Optional<SignedIn> user(Role role) {
        return Optional.of(new SignedIn("someone", Set.of(role.name()), 1));
    }

    /** The console's route classes, found in the compiled classes. */
    static List<Class<?>> routes() throws IOException {
        try (Stream<Path> files = Files.walk(CLASSES)) {
            return files.filter(file -> file.toString().endsWith(".class") && !file.toString().contains("$"))
                    .map(file -> CLASSES.relativize(file).toString().replace('/', '.').replaceAll("\\.class$", ""))
                    .map(PermissionsTest::load)
                    .filter(type -> type.isAnnotationPresent(Route.class))
                    .toList();
        }
    }

    private static Class<?> load(String name) {
        try {
            return Class.forName(name, false, PermissionsTest.class.getClassLoader());
        } catch (ClassNotFoundException e) {
            throw new IllegalStateException(e);
        }
    }
}
