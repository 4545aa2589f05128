package org.bwc.articlex.support;

import java.lang.reflect.Field;
import org.camunda.bpm.admin.Admin;
import org.camunda.bpm.admin.AdminRuntimeDelegate;
import org.camunda.bpm.cockpit.Cockpit;
import org.camunda.bpm.cockpit.CockpitRuntimeDelegate;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.ProcessEngines;
import org.camunda.bpm.spring.boot.starter.webapp.filter.LazyInitRegistration;
import org.camunda.bpm.tasklist.Tasklist;
import org.camunda.bpm.tasklist.TasklistRuntimeDelegate;
import org.camunda.bpm.welcome.Welcome;
import org.camunda.bpm.welcome.WelcomeRuntimeDelegate;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * For a test that starts and closes applications of its own: Camunda keeps its engine registry, the webapps' runtime
 * delegates and the webapp starter's context in static fields, and a closing application clears them for the whole
 * JVM — the test contexts still alive would then answer every webapp request with a 500. Remembered before the test
 * (or the class) and put back after it.
 */
public final class CamundaStatics implements BeforeAllCallback, AfterAllCallback, BeforeEachCallback, AfterEachCallback {

    private record Saved(ProcessEngine engine, Object webappContext, AdminRuntimeDelegate admin, CockpitRuntimeDelegate cockpit,
            TasklistRuntimeDelegate tasklist, WelcomeRuntimeDelegate welcome) {
    }

    private static final ExtensionContext.Namespace NAMESPACE = ExtensionContext.Namespace.create(CamundaStatics.class);

    @Override
    public void beforeAll(ExtensionContext context) {
        save(context);
    }

    @Override
    public void beforeEach(ExtensionContext context) {
        save(context);
    }

    @Override
    public void afterEach(ExtensionContext context) {
        restore(context);
    }

    @Override
    public void afterAll(ExtensionContext context) {
        restore(context);
    }

    private static void save(ExtensionContext context) {
        context.getStore(NAMESPACE).put(Saved.class, new Saved(ProcessEngines.getProcessEngines().get(ProcessEngines.NAME_DEFAULT),
                webappContext(), Admin.getRuntimeDelegate(), Cockpit.getRuntimeDelegate(), Tasklist.getRuntimeDelegate(),
                Welcome.getRuntimeDelegate()));
    }

    private static void restore(ExtensionContext context) {
        Saved saved = context.getStore(NAMESPACE).remove(Saved.class, Saved.class);
        if (saved == null) {
            return;
        }
        if (saved.engine() != null) {
            ProcessEngines.registerProcessEngine(saved.engine());
        }
        webappContext(saved.webappContext());
        Admin.setAdminRuntimeDelegate(saved.admin());
        Cockpit.setCockpitRuntimeDelegate(saved.cockpit());
        Tasklist.setTasklistRuntimeDelegate(saved.tasklist());
        Welcome.setRuntimeDelegate(saved.welcome());
    }

    /** The webapp starter's application context ({@code LazyInitRegistration.APPLICATION_CONTEXT}). */
    public static Object webappContext() {
        return new StaticField(LazyInitRegistration.class, "APPLICATION_CONTEXT").get();
    }

    public static void webappContext(Object context) {
        new StaticField(LazyInitRegistration.class, "APPLICATION_CONTEXT").set(context);
    }

    private record StaticField(Class<?> owner, String name) {

        Object get() {
            try {
                return field().get(null);
            } catch (ReflectiveOperationException e) {
                throw new IllegalStateException(e);
            }
        }

        void set(Object value) {
            try {
                field().set(null, value);
            } catch (ReflectiveOperationException e) {
                throw new IllegalStateException(e);
            }
        }

        private Field field() throws ReflectiveOperationException {
            Field field = owner.getDeclaredField(name);
            field.setAccessible(true);
            return field;
        }
    }
}
