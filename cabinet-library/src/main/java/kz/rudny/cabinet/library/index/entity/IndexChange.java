package kz.rudny.cabinet.library.index.entity;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import kz.rudny.cabinet.library.index.boundary.DocumentKind;

/**
 * DISTRICT-LEVEL (reviewed): one change of the search index, written in the transaction that changed the document,
 * so that every server of a cluster applies it to its own index. The new version of the document travels in
 * {@link #parts} (serialized, in pieces of a portable length); a removal has none. Read only by the servers' index
 * followers, never shown to anyone. Times in UTC.
 */
@Entity
@Table(name = "LIBRARY_INDEX_CHANGE")
@NamedQuery(name = IndexChange.NOT_APPLIED, query = "SELECT c.id FROM IndexChange c "
        + "WHERE (c.id > :after OR c.recordedAt > :recent) AND c.origin <> :origin ORDER BY c.id")
@NamedQuery(name = IndexChange.LAST, query = "SELECT MAX(c.id) FROM IndexChange c")
@NamedQuery(name = IndexChange.OLDER_THAN, query = "DELETE FROM IndexChange c WHERE c.recordedAt < :before")
public class IndexChange {

    /** Ids of changes after {@code after} or recorded since {@code recent}, made by other servers than {@code origin}. */
    public static final String NOT_APPLIED = "IndexChange.notApplied";
    /** The newest change's id (null when there is none). */
    public static final String LAST = "IndexChange.last";
    /** Deletes the changes recorded before {@code before}. */
    public static final String OLDER_THAN = "IndexChange.olderThan";

    /** The longest part: the longest VARCHAR Derby has, rounded down. */
    public static final int PART_LENGTH = 32_000;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "RECORDED_AT", nullable = false)
    private LocalDateTime recordedAt;

    /** The server that made the change (it applied it to its own index already). */
    @Column(name = "ORIGIN", nullable = false, length = 200)
    private String origin;

    @Enumerated(EnumType.STRING)
    @Column(name = "KIND", nullable = false, length = 30)
    private DocumentKind kind;

    @Column(name = "SCHOOL_ID", nullable = false)
    private long schoolId;

    @Column(name = "DOCUMENT_ID", nullable = false)
    private long documentId;

    @Column(name = "REMOVED", nullable = false)
    private boolean removed;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "LIBRARY_INDEX_CHANGE_PART", joinColumns = @JoinColumn(name = "CHANGE_ID"))
    @OrderColumn(name = "PART_NO")
    @Column(name = "DATA", nullable = false, length = PART_LENGTH)
    private List<String> parts = new ArrayList<>();

    protected IndexChange() {
    }

    /** A document put into the index: its serialized form, whole. */
    public static IndexChange put(String origin, LocalDateTime at, DocumentKind kind, long schoolId, long documentId,
            String serialized) {
        IndexChange change = new IndexChange(origin, at, kind, schoolId, documentId, false);
        for (int from = 0; from < serialized.length(); from += PART_LENGTH) {
            change.parts.add(serialized.substring(from, Math.min(serialized.length(), from + PART_LENGTH)));
        }
        return change;
    }

    public static IndexChange removal(String origin, LocalDateTime at, DocumentKind kind, long schoolId,
            long documentId) {
        return new IndexChange(origin, at, kind, schoolId, documentId, true);
    }

    private IndexChange(String origin, LocalDateTime at, DocumentKind kind, long schoolId, long documentId,
            boolean removed) {
        this.origin = origin;
        this.recordedAt = at;
        this.kind = kind;
        this.schoolId = schoolId;
        this.documentId = documentId;
        this.removed = removed;
    }

    public Long getId() {
        return id;
    }

    public LocalDateTime getRecordedAt() {
        return recordedAt;
    }

    public DocumentKind getKind() {
        return kind;
    }

    public long getSchoolId() {
        return schoolId;
    }

    public long getDocumentId() {
        return documentId;
    }

    public boolean isRemoved() {
        return removed;
    }

    /** The serialized document put; empty for a removal. */
    public String serialized() {
        return String.join("", parts);
    }
}
