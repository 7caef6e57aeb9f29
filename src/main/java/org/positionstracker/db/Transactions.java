package org.positionstracker.db;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.EntityTransaction;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.function.Function;
import java.util.function.Supplier;
import javax.sql.DataSource;
import org.hibernate.Session;

/** The one place transactions begin and end: commit on success, roll back on any Throwable, always close. */
public final class Transactions {
    /** Asked only when JPA work runs, so that plain JDBC work never starts Hibernate. */
    private final Supplier<EntityManagerFactory> emf;
    private final DataSource dataSource;

    public Transactions(EntityManagerFactory emf, DataSource dataSource) {
        this(() -> emf, dataSource);
    }

    Transactions(Supplier<EntityManagerFactory> emf, DataSource dataSource) {
        this.emf = emf;
        this.dataSource = dataSource;
    }

    /** Work on a plain JDBC connection in one transaction (for batch writes). */
    public <T> T writeJdbc(JdbcWork<T> work) throws SQLException {
        try (Connection c = dataSource.getConnection()) {
            c.setAutoCommit(false);
            try {
                T result = work.apply(c);
                c.commit();
                return result;
            } catch (Throwable t) {
                try {
                    c.rollback();
                } catch (SQLException rollbackFailure) {
                    t.addSuppressed(rollbackFailure);
                }
                throw t;
            }
        }
    }

    /**
     * Work on a plain JDBC connection in a read-only transaction, rolled back at the end. Reads
     * this way never start Hibernate, which is most of a read command's start-up time.
     */
    public <T> T readJdbc(JdbcWork<T> work) throws SQLException {
        try (Connection c = dataSource.getConnection()) {
            c.setAutoCommit(false);
            c.setReadOnly(true);
            try {
                return work.apply(c);
            } finally {
                c.rollback();
            }
        }
    }

    @FunctionalInterface
    public interface JdbcWork<T> {
        T apply(Connection connection) throws SQLException;
    }

    public <T> T write(Function<EntityManager, T> work) {
        return run(work, false);
    }

    public <T> T read(Function<EntityManager, T> work) {
        return run(work, true);
    }

    private <T> T run(Function<EntityManager, T> work, boolean readOnly) {
        EntityManager em = emf.get().createEntityManager();
        EntityTransaction tx = em.getTransaction();
        try {
            if (readOnly) em.unwrap(Session.class).setDefaultReadOnly(true);
            tx.begin();
            T result = work.apply(em);
            if (readOnly) tx.rollback();
            else tx.commit();
            return result;
        } catch (Throwable t) {
            if (tx.isActive()) {
                try {
                    tx.rollback();
                } catch (RuntimeException rollbackFailure) {
                    t.addSuppressed(rollbackFailure);
                }
            }
            throw t;
        } finally {
            em.close();
        }
    }
}
