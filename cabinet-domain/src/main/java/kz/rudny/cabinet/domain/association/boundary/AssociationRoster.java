package kz.rudny.cabinet.domain.association.boundary;

import java.io.Serializable;
import java.util.List;
import java.util.Optional;

/** An association's head and members with their staff ids, by name: what other modules (meetings, minutes) need. */
public record AssociationRoster(long id, String name, Long headId, String headName, List<Member> members)
        implements Serializable {

    /** A member of the association. */
    public record Member(long staffId, String fullName) implements Serializable {
    }

    public boolean isMember(Long staffId) {
        return staffId != null && members.stream().anyMatch(m -> m.staffId() == staffId);
    }

    public boolean isHead(Long staffId) {
        return staffId != null && staffId.equals(headId);
    }

    public Optional<Member> member(Long staffId) {
        return staffId == null ? Optional.empty() : members.stream().filter(m -> m.staffId() == staffId).findFirst();
    }

    public List<Long> memberIds() {
        return members.stream().map(Member::staffId).toList();
    }
}
