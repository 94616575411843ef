package kz.rudny.cabinet.library.index.control;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Status;
import jakarta.transaction.TransactionSynchronizationRegistry;
import jakarta.transaction.Transactional;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.ObjectInputFilter;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.io.UncheckedIOException;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.Base64;
import java.util.List;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;
import kz.rudny.cabinet.domain.platform.boundary.RoutineLeases;
import kz.rudny.cabinet.library.index.boundary.DocumentRemoved;
import kz.rudny.cabinet.library.index.boundary.DocumentsChanged;
import kz.rudny.cabinet.library.index.boundary.SearchDocument;
import kz.rudny.cabinet.library.index.entity.IndexChange;

/**
 * The search index's change log in the database ({@link IndexChange}): each change of an indexed document is written
 * in the transaction that makes it (so it is there exactly when the change committed), for the other servers of a
 * cluster to apply ({@link IndexFollower}). Documents put back while an empty index is rebuilt, and the files' text
 * read for them, are not written ({@link DocumentsChanged#rebuilt()}): every server rebuilds its own index from the
 * database.
 */
@ApplicationScoped
public class IndexChangeLog {

    /** Only the index's own documents are read back (ASVS: no deserialization of arbitrary classes). */
    private static final ObjectInputFilter DOCUMENTS = ObjectInputFilter.Config.createFilter(
            "maxdepth=10;maxrefs=10000;kz.rudny.cabinet.library.index.boundary.*;java.util.*;java.lang.*;!*");

    @PersistenceContext(unitName = "library")
    EntityManager em;

    @Resource
    TransactionSynchronizationRegistry transactions;

    void changed(@Observes(during = TransactionPhase.IN_PROGRESS) DocumentsChanged changed) {
        if (recording() && !changed.rebuilt()) {
            LocalDateTime now = now();
            for (SearchDocument d : changed.documents()) {
                em.persist(IndexChange.put(RoutineLeases.SERVER, now, d.kind(), d.schoolId(), d.id(), serialize(d)));
            }
        }
    }

    void removed(@Observes(during = TransactionPhase.IN_PROGRESS) DocumentRemoved removed) {
        if (recording()) {
            em.persist(IndexChange.removal(RoutineLeases.SERVER, now(), removed.kind(), removed.schoolId(),
                    removed.id()));
        }
    }

    private boolean recording() {
        return transactions.getTransactionStatus() == Status.STATUS_ACTIVE;
    }

    /** Ids of the changes other servers made after {@code after} or since {@code recent}, oldest first. */
    @Transactional
    public List<Long> notApplied(long after, LocalDateTime recent) {
        return em.createNamedQuery(IndexChange.NOT_APPLIED, Long.class).setParameter("after", after)
                .setParameter("recent", recent).setParameter("origin", RoutineLeases.SERVER).getResultList();
    }

    @Transactional
    public List<IndexChange> read(List<Long> ids) {
        return em.createQuery("SELECT c FROM IndexChange c WHERE c.id IN :ids ORDER BY c.id", IndexChange.class)
                .setParameter("ids", ids).getResultList();
    }

    /** The newest change's id; 0 when there is none. */
    @Transactional
    public long last() {
        Long last = em.createNamedQuery(IndexChange.LAST, Long.class).getSingleResult();
        return last == null ? 0 : last;
    }

    @Transactional
    public int forgetBefore(LocalDateTime before) {
        return em.createNamedQuery(IndexChange.OLDER_THAN).setParameter("before", before).executeUpdate();
    }

    static LocalDateTime now() {
        return LocalDateTime.now(ZoneOffset.UTC);
    }

    static String serialize(SearchDocument document) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ObjectOutputStream out = new ObjectOutputStream(new GZIPOutputStream(bytes))) {
            out.writeObject(document);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return Base64.getEncoder().encodeToString(bytes.toByteArray());
    }

    static SearchDocument deserialize(String serialized) {
        byte[] bytes = Base64.getDecoder().decode(serialized);
        try (ObjectInputStream in = new ObjectInputStream(new GZIPInputStream(new ByteArrayInputStream(bytes)))) {
            in.setObjectInputFilter(DOCUMENTS);
            return (SearchDocument) in.readObject();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (ClassNotFoundException e) {
            throw new IllegalStateException("Not a search document", e);
        }
    }
}
