package org.bwc.articlex.security;

import java.lang.reflect.Field;
import org.camunda.bpm.engine.AuthorizationException;

/** The arguments of an engine command, for the code that inspects them (Camunda 7.24's commands keep them in fields). */
public final class CommandFields {

    private CommandFields() {
    }

    /** The field's value (null if unset); a field that is not there refuses the command — a changed engine must not open a door. */
    static Object read(Object command, String name) {
        Field field = field(command, name);
        if (field == null) {
            throw new AuthorizationException("Cannot inspect " + command.getClass().getSimpleName() + "." + name
                    + "; refusing the operation");
        }
        return value(field, command);
    }

    /** The field's value, or null if unset or if the command has no such field: for callers that can do without it. */
    public static Object find(Object command, String name) {
        Field field = field(command, name);
        return field == null ? null : value(field, command);
    }

    private static Field field(Object command, String name) {
        for (Class<?> type = command.getClass(); type != null; type = type.getSuperclass()) {
            try {
                Field field = type.getDeclaredField(name);
                field.setAccessible(true);
                return field;
            } catch (NoSuchFieldException e) {
                // look in the superclass
            } catch (RuntimeException inaccessible) { // InaccessibleObjectException: a module that does not open it
                return null;
            }
        }
        return null;
    }

    private static Object value(Field field, Object command) {
        try {
            return field.get(command);
        } catch (IllegalAccessException e) {
            throw new IllegalStateException("setAccessible(true) was granted for " + field, e);
        }
    }
}
