package kz.rudny.cabinet.domain.association.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.text.Collator;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import kz.rudny.cabinet.domain.association.entity.MethodicalAssociation;
import kz.rudny.cabinet.domain.audit.boundary.AuditTrail;
import kz.rudny.cabinet.domain.audit.boundary.Changes;
import kz.rudny.cabinet.domain.errors.ChangedSinceOpenedException;
import kz.rudny.cabinet.domain.audit.boundary.DomainAction;
import kz.rudny.cabinet.domain.audit.boundary.DomainField;
import kz.rudny.cabinet.domain.errors.InvalidInputException;
import kz.rudny.cabinet.domain.errors.NotFoundException;
import kz.rudny.cabinet.domain.people.control.StaffRecords;
import kz.rudny.cabinet.domain.people.entity.StaffMember;
import kz.rudny.cabinet.domain.security.Allowed;
import kz.rudny.cabinet.domain.security.Role;
import kz.rudny.cabinet.domain.tenancy.Tenancy;

/** A school's methodical associations. */
@ApplicationScoped
@Allowed(Role.SCHOOL_METHODOLOGIST)
@Transactional
public class Associations {

    public static final String RECORD = "MethodicalAssociation";

    @Inject
    Tenancy tenancy;

    @Inject
    StaffRecords staff;

    @Inject
    AuditTrail audit;

    /** The school's associations, by name (a school has a handful, so no paging). */
    @Allowed({Role.TEACHER, Role.MENTOR, Role.ASSOCIATION_HEAD, Role.SCHOOL_METHODOLOGIST})
    public List<AssociationView> all() {
        Collator collator = Collator.getInstance();
        return tenancy.schoolData().createQuery("SELECT a FROM MethodicalAssociation a", MethodicalAssociation.class)
                .getResultStream().map(Associations::view)
                .sorted((x, y) -> collator.compare(x.name(), y.name())).toList();
    }

    @Allowed({Role.TEACHER, Role.MENTOR, Role.ASSOCIATION_HEAD, Role.SCHOOL_METHODOLOGIST})
    public AssociationView view(long id) {
        return view(find(id));
    }

    /** The association's head and members with staff ids (members by name). */
    @Allowed({Role.TEACHER, Role.MENTOR, Role.ASSOCIATION_HEAD, Role.SCHOOL_METHODOLOGIST})
    public AssociationRoster roster(long id) {
        return roster(find(id));
    }

    /** Every association of the school with head and members, by name. */
    @Allowed({Role.TEACHER, Role.MENTOR, Role.ASSOCIATION_HEAD, Role.SCHOOL_METHODOLOGIST})
    public List<AssociationRoster> rosters() {
        Collator collator = Collator.getInstance();
        return tenancy.schoolData().createQuery("SELECT a FROM MethodicalAssociation a", MethodicalAssociation.class)
                .getResultStream().map(Associations::roster)
                .sorted((x, y) -> collator.compare(x.name(), y.name())).toList();
    }

    public AssociationForm form(long id) {
        MethodicalAssociation a = find(id);
        AssociationForm form = new AssociationForm();
        form.setName(a.getName());
        form.setDescription(a.getDescription());
        form.setHeadId(a.getHead() == null ? null : a.getHead().getId());
        form.setMemberIds(a.getMembers().stream().map(StaffMember::getId).sorted().toList());
        form.openedAt(a.getVersion());
        return form;
    }

    public long create(@NotNull @Valid AssociationForm form) {
        uniqueName(form.getName(), null);
        MethodicalAssociation a = new MethodicalAssociation(form.getName());
        apply(a, form);
        EntityManager em = tenancy.schoolData();
        em.persist(a);
        em.flush();
        audit.record(DomainAction.ASSOCIATION_CREATED, RECORD, a.getId(), Changes.describe()
                .value(DomainField.NAME, a.getName()).value(DomainField.HEAD, headName(a))
                .value(DomainField.MEMBERS, names(a.getMembers())));
        return a.getId();
    }

    /** Saves an association; refused when it changed since the form was opened. */
    public void update(long id, @NotNull @Valid AssociationForm form) {
        MethodicalAssociation a = find(id);
        ChangedSinceOpenedException.check(RECORD, id, form.getOpenedVersion(), a.getVersion());
        uniqueName(form.getName(), id);
        Changes changes = Changes.describe().field(DomainField.NAME, a.getName(), form.getName())
                .field(DomainField.DESCRIPTION, a.getDescription(), form.getDescription());
        String headBefore = headName(a);
        Set<String> membersBefore = names(a.getMembers());
        apply(a, form);
        changes.field(DomainField.HEAD, headBefore, headName(a))
                .field(DomainField.MEMBERS, membersBefore, names(a.getMembers()));
        if (!changes.isEmpty()) {
            tenancy.schoolData().lock(a, LockModeType.OPTIMISTIC_FORCE_INCREMENT); // members live in their own table
            audit.record(DomainAction.ASSOCIATION_UPDATED, RECORD, a.getId(), changes);
        }
    }

    public void delete(long id) {
        MethodicalAssociation a = find(id);
        String name = a.getName();
        StaffMember head = a.getHead();
        tenancy.schoolData().remove(a);
        if (head != null) {
            tenancy.schoolData().flush();
            setHeadRole(head, headsAny(head));
        }
        audit.record(DomainAction.ASSOCIATION_DELETED, RECORD, id, Changes.describe().value(DomainField.NAME, name));
    }

    private void apply(MethodicalAssociation a, AssociationForm form) {
        a.setName(form.getName());
        a.setDescription(form.getDescription());
        Set<StaffMember> members = staff.findAll(new HashSet<>(form.getMemberIds()), "memberIds");
        StaffMember head = form.getHeadId() == null ? null : staff.findAll(Set.of(form.getHeadId()), "headId")
                .iterator().next();
        StaffMember headBefore = a.getHead();
        a.setHead(null);
        a.setMembers(members);
        a.setHead(head);
        if (head != null) {
            setHeadRole(head, true);
        }
        if (headBefore != null && (head == null || !headBefore.getId().equals(head.getId()))) {
            tenancy.schoolData().flush();
            setHeadRole(headBefore, headsAny(headBefore));
        }
    }

    /** The association-head role goes with heading an association: nobody keeps it who heads none. */
    private static void setHeadRole(StaffMember member, boolean heads) {
        Set<Role> roles = EnumSet.noneOf(Role.class);
        roles.addAll(member.getAccount().getRoles());
        if (heads ? roles.add(Role.ASSOCIATION_HEAD) : roles.remove(Role.ASSOCIATION_HEAD)) {
            member.getAccount().setRoles(roles);
        }
    }

    private boolean headsAny(StaffMember member) {
        return tenancy.schoolData().createQuery("SELECT COUNT(a) FROM MethodicalAssociation a WHERE a.head = :m",
                Long.class).setParameter("m", member).getSingleResult() > 0;
    }

    private void uniqueName(String name, Long exceptId) {
        boolean taken = tenancy.schoolData().createQuery(
                "SELECT a FROM MethodicalAssociation a WHERE LOWER(a.name) = LOWER(:n)", MethodicalAssociation.class)
                .setParameter("n", name).getResultStream().anyMatch(a -> !a.getId().equals(exceptId));
        if (taken) {
            throw new InvalidInputException("name", "association.nameTaken");
        }
    }

    private MethodicalAssociation find(long id) {
        MethodicalAssociation a = tenancy.schoolData().find(MethodicalAssociation.class, id);
        if (a == null) {
            throw new NotFoundException("Association", id);
        }
        return a;
    }

    private static AssociationView view(MethodicalAssociation a) {
        Collator collator = Collator.getInstance();
        return new AssociationView(a.getId(), a.getName(), a.getDescription(),
                a.getHead() == null ? null : a.getHead().getId(), headName(a),
                a.getMembers().stream().map(m -> m.getAccount().getFullName()).sorted(collator).toList());
    }

    private static AssociationRoster roster(MethodicalAssociation a) {
        Collator collator = Collator.getInstance();
        return new AssociationRoster(a.getId(), a.getName(), a.getHead() == null ? null : a.getHead().getId(),
                headName(a), a.getMembers().stream()
                        .map(m -> new AssociationRoster.Member(m.getId(), m.getAccount().getFullName()))
                        .sorted((x, y) -> collator.compare(x.fullName(), y.fullName())).toList());
    }

    private static String headName(MethodicalAssociation a) {
        return a.getHead() == null ? null : a.getHead().getAccount().getFullName();
    }

    private static Set<String> names(Set<StaffMember> members) {
        Set<String> names = new TreeSet<>();
        members.forEach(m -> names.add(m.getAccount().getFullName()));
        return names;
    }
}
