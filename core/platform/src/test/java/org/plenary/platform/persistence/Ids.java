package org.plenary.platform.persistence;

import java.lang.reflect.Field;

/** Gives unsaved entities an id, as the database would, for tests outside a container. */
public final class Ids {

    private static long next = 1000;

    private Ids() {
    }

    public static <T extends Identified> T assign(T entity) {
        try {
            Field id = Identified.class.getDeclaredField("id");
            id.setAccessible(true);
            id.set(entity, next++);
            return entity;
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }
}
