package org.positionstracker.db;

import java.util.List;
import java.util.ServiceLoader;

/**
 * The entity classes Hibernate validates the schema against. They belong to the packages above
 * this one, which this package does not depend on: the application names them in an
 * implementation listed in {@code META-INF/services/org.positionstracker.db.MappedEntities}.
 */
public interface MappedEntities {
    List<Class<?>> classes();

    /** Every entity class the implementations on the class path name. */
    static List<Class<?>> all() {
        return ServiceLoader.load(MappedEntities.class, MappedEntities.class.getClassLoader()).stream()
                .flatMap(provider -> provider.get().classes().stream()).toList();
    }
}
