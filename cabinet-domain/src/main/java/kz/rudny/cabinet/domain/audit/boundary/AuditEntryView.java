package kz.rudny.cabinet.domain.audit.boundary;

import java.time.LocalDateTime;

/** One line of the audit trail as the school methodologist sees it; {@code occurredAt} is UTC. */
public record AuditEntryView(long id, LocalDateTime occurredAt, String actorName, String action,
                             String recordType, Long recordId, String details) {
}
