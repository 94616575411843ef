package kz.rudny.cabinet.domain.audit.boundary;

import java.io.Serializable;
import java.time.LocalDateTime;
import java.util.List;

/**
 * One line of the audit trail as the school methodologist sees it; {@code occurredAt} is UTC, {@code actorName}
 * is null for the system (start-up, demo data). {@code details} is the free text of entries written before the
 * trail was structured (shown as is); newer entries have {@code changes} instead.
 */
public record AuditEntryView(long id, LocalDateTime occurredAt, String actorName, String action,
                             String recordType, Long recordId, String details, List<AuditChangeView> changes)
                                     implements Serializable {
}
