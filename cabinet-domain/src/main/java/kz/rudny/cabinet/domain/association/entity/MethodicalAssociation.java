package kz.rudny.cabinet.domain.association.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.util.HashSet;
import java.util.Set;
import kz.rudny.cabinet.domain.people.entity.StaffMember;
import kz.rudny.cabinet.domain.tenancy.SchoolScoped;
import org.eclipse.persistence.annotations.Multitenant;
import org.eclipse.persistence.annotations.TenantDiscriminatorColumn;

/** A methodical association (subject department) of a school, with its head and members. School-scoped. */
@Entity
@Table(name = "METHODICAL_ASSOCIATION")
@Multitenant
@TenantDiscriminatorColumn(name = SchoolScoped.COLUMN, contextProperty = SchoolScoped.TENANT_PROPERTY,
        discriminatorType = jakarta.persistence.DiscriminatorType.INTEGER)
public class MethodicalAssociation {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "NAME", nullable = false, length = 200)
    private String name;

    @Column(name = "DESCRIPTION", length = 1000)
    private String description;

    @ManyToOne
    @JoinColumn(name = "HEAD_ID")
    private StaffMember head;

    @ManyToMany
    @JoinTable(name = "ASSOCIATION_MEMBER", joinColumns = @JoinColumn(name = "ASSOCIATION_ID"),
            inverseJoinColumns = @JoinColumn(name = "STAFF_MEMBER_ID"))
    private Set<StaffMember> members = new HashSet<>();

    @Version
    @Column(name = "VERSION")
    private long version;

    protected MethodicalAssociation() {
    }

    public MethodicalAssociation(String name) {
        this.name = name;
    }

    /** The head is always a member. */
    public void setHead(StaffMember newHead) {
        this.head = newHead;
        if (newHead != null) {
            members.add(newHead);
        }
    }

    /** Replaces the members; the head stays a member. */
    public void setMembers(Set<StaffMember> newMembers) {
        members.clear();
        members.addAll(newMembers);
        if (head != null) {
            members.add(head);
        }
    }

    public void removeMember(StaffMember member) {
        members.remove(member);
        if (member.equals(head)) {
            head = null;
        }
    }

    public Long getId() {
        return id;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getDescription() {
        return description;
    }

    public void setDescription(String description) {
        this.description = description;
    }

    public StaffMember getHead() {
        return head;
    }

    public Set<StaffMember> getMembers() {
        return Set.copyOf(members);
    }

    public long getVersion() {
        return version;
    }
}
