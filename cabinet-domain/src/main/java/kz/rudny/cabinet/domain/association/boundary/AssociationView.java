package kz.rudny.cabinet.domain.association.boundary;

import java.io.Serializable;
import java.util.List;

/** An association with its head and members' names. */
public record AssociationView(long id, String name, String description, Long headId, String headName,
                             List<String> memberNames) implements Serializable {
    public int memberCount() {
        return memberNames.size();
    }
}
