package org.bwc.articlex.security;

import java.lang.reflect.Field;
import org.camunda.bpm.engine.AuthorizationException;

/** The arguments of an engine command, for the guards that inspect them (Camunda 7.24's commands keep them in fields). */
final class CommandFields {

    private CommandFields() {
    }

    /** The field's value; a field that is not there refuses the command — a changed engine must not open a door. */
    static Object read(Object command, String name) {
        for (Class<?> type = command.getClass(); type != null; type = type.getSuperclass()) {
            try {
                Field field = type.getDeclaredField(name);
                field.setAccessible(true);
                return field.get(command);
            } catch (NoSuchFieldException e) {
                // look in the superclass
            } catch (IllegalAccessException e) {
                break;
            }
        }
        throw new AuthorizationException("Cannot inspect " + command.getClass().getSimpleName() + "." + name
                + "; refusing the operation");
    }
}
