package dev.redtortoise.base.ui;

import com.vaadin.flow.component.page.AppShellConfigurator;
import com.vaadin.flow.server.PWA;
import com.vaadin.flow.component.page.Push;

/** Server push over WebSocket, so long work reports back without polling. */
@Push
@PWA(name = "Red Tortoise console", shortName = "Red Tortoise")
public class ConsoleShell implements AppShellConfigurator {
}
