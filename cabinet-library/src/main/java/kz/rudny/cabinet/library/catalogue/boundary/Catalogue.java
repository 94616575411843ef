package kz.rudny.cabinet.library.catalogue.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import kz.rudny.cabinet.domain.audit.boundary.AuditTrail;
import kz.rudny.cabinet.domain.audit.boundary.Changes;
import kz.rudny.cabinet.domain.errors.ChangedSinceOpenedException;
import kz.rudny.cabinet.domain.errors.InvalidInputException;
import kz.rudny.cabinet.domain.paging.Page;
import kz.rudny.cabinet.domain.paging.PageRequest;
import kz.rudny.cabinet.domain.paging.SortKeys;
import kz.rudny.cabinet.domain.people.boundary.Profile;
import kz.rudny.cabinet.domain.security.Allowed;
import kz.rudny.cabinet.domain.security.Role;
import kz.rudny.cabinet.domain.tenancy.Tenancy;
import kz.rudny.cabinet.library.audit.boundary.LibraryAction;
import kz.rudny.cabinet.library.audit.boundary.LibraryField;
import kz.rudny.cabinet.library.catalogue.control.CatalogueIndexer;
import kz.rudny.cabinet.library.catalogue.control.Holdings;
import kz.rudny.cabinet.library.catalogue.entity.CatalogueCopy;
import kz.rudny.cabinet.library.catalogue.entity.CatalogueTitle;
import kz.rudny.cabinet.library.catalogue.entity.Loan;
import kz.rudny.cabinet.library.index.boundary.DocumentKind;
import kz.rudny.cabinet.library.index.boundary.SearchHit;
import kz.rudny.cabinet.library.index.boundary.SearchIndex;
import kz.rudny.cabinet.library.index.boundary.SearchRequest;
import kz.rudny.cabinet.library.index.boundary.SearchResult;
import kz.rudny.cabinet.library.index.boundary.SearchScope;

/** The cabinet library's catalogue: everyone in the school browses it, the school methodologist keeps it. */
@ApplicationScoped
@Allowed(Role.SCHOOL_METHODOLOGIST)
@Transactional
public class Catalogue {

    public static final String RECORD = "CatalogueTitle";
    /** A title's row: its fields, its copies, and those lendable and not out on loan (see {@link #summaries}). */
    private static final String SUMMARY = "SELECT t.id, t.title, t.authors, t.publicationYear, t.type, t.shelfPlace,"
            + " (SELECT COUNT(c) FROM CatalogueCopy c WHERE c.title = t),"
            + " (SELECT COUNT(a) FROM CatalogueCopy a WHERE a.title = t AND a.condition IN :lendable"
            + " AND NOT EXISTS (SELECT l FROM Loan l WHERE l.copy = a AND l.returnedAt IS NULL))"
            + " FROM CatalogueTitle t";
    private static final List<CopyCondition> LENDABLE = Arrays.stream(CopyCondition.values())
            .filter(CopyCondition::isLendable).toList();
    private static final SortKeys SORT = new SortKeys(Map.of("title", "t.title", "authors", "t.authors",
            "publicationYear", "t.publicationYear", "shelfPlace", "t.shelfPlace"), "t.title, t.id");

    @Inject
    Holdings holdings;

    @Inject
    AuditTrail audit;

    @Inject
    Profile profile;

    @Inject
    Tenancy tenancy;

    @Inject
    SearchIndex index;

    @Inject
    CatalogueIndexer indexer;

    /** A page of titles: by title, or, with a filter, the full-text hits by relevance (word forms, a typo). */
    @Allowed({Role.TEACHER, Role.MENTOR, Role.ASSOCIATION_HEAD, Role.SCHOOL_METHODOLOGIST})
    public Page<TitleSummary> page(@NotNull PageRequest request) {
        EntityManager em = holdings.data();
        List<TitleSummary> rows;
        long total;
        if (request.filter() == null) {
            rows = summaries(em.createQuery(SUMMARY + SORT.orderBy(request), Object[].class)
                    .setFirstResult(request.first()).setMaxResults(request.size()));
            total = em.createQuery("SELECT COUNT(t) FROM CatalogueTitle t", Long.class).getSingleResult();
        } else {
            // Full-text search by word forms, relevance first; the hits are read back through the school filter.
            SearchResult hits = index.search(new SearchRequest(new SearchScope.School(tenancy.currentSchool()
                    .orElseThrow()), request.filter(), Set.of(DocumentKind.TITLE), Map.of(), request.first(),
                    request.size()));
            rows = summaries(hits.hits().stream().map(SearchHit::id).toList());
            total = hits.total();
        }
        return new Page<>(rows, total);
    }

    /** The titles of the caller's school among these ids, in their order (for search hits); unknown ids are left out. */
    @Allowed({Role.TEACHER, Role.MENTOR, Role.ASSOCIATION_HEAD, Role.SCHOOL_METHODOLOGIST})
    public List<TitleSummary> summaries(@NotNull Collection<Long> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        Map<Long, TitleSummary> found = new HashMap<>();
        summaries(holdings.data().createQuery(SUMMARY + " WHERE t.id IN :ids", Object[].class).setParameter("ids", ids))
                .forEach(t -> found.put(t.id(), t));
        return ids.stream().map(found::get).filter(java.util.Objects::nonNull).toList();
    }

    /**
     * The rows of a page in one query: each title's fields with its copies and those that can be lent now counted by
     * the database (a profile under load found the page building every title and copy as entities, in four queries).
     */
    private static List<TitleSummary> summaries(TypedQuery<Object[]> query) {
        return query.setParameter("lendable", LENDABLE).getResultStream().map(r -> new TitleSummary((Long) r[0],
                (String) r[1], (String) r[2], (Integer) r[3], (HoldingType) r[4], (String) r[5],
                ((Number) r[6]).longValue(), ((Number) r[7]).longValue())).toList();
    }

    /** A title with its copies, who has them, and the reservation queue. */
    @Allowed({Role.TEACHER, Role.MENTOR, Role.ASSOCIATION_HEAD, Role.SCHOOL_METHODOLOGIST})
    public TitleView view(long id) {
        CatalogueTitle t = holdings.title(id);
        Map<Long, Loan> loans = new HashMap<>();
        holdings.openLoans(t).forEach(l -> loans.put(l.getCopy().getId(), l));
        List<CopyView> copies = t.getCopies().stream().map(c -> {
            Loan l = loans.get(c.getId());
            return new CopyView(c.getId(), c.getInventoryNumber(), c.getCondition(), l == null ? null : l.getId(),
                    l == null ? null : l.getBorrowerName(), l == null ? null : l.getDueDate());
        }).toList();
        Optional<Long> me = profile.staffId();
        var queue = holdings.queue(t);
        return new TitleView(t.getId(), t.getTitle(), t.getAuthors(), t.getPublisher(), t.getPublicationYear(),
                t.getIsbn(), t.getLanguage(), t.getType(), t.getSubjectId(), t.getGradeFrom(), t.getGradeTo(),
                t.getShelfPlace(), t.getAnnotation(), copies, queue.stream().map(r -> new QueueEntry(r.getId(), r.getStaffName())).toList(),
                me.isPresent() && queue.stream().anyMatch(r -> r.getStaffId().equals(me.get())));
    }

    public TitleForm form(long id) {
        CatalogueTitle t = holdings.title(id);
        TitleForm form = new TitleForm();
        form.setTitle(t.getTitle());
        form.setAuthors(t.getAuthors());
        form.setPublisher(t.getPublisher());
        form.setPublicationYear(t.getPublicationYear());
        form.setIsbn(t.getIsbn());
        form.setLanguage(t.getLanguage());
        form.setType(t.getType());
        form.setSubjectId(t.getSubjectId());
        form.setGradeFrom(t.getGradeFrom());
        form.setGradeTo(t.getGradeTo());
        form.setShelfPlace(t.getShelfPlace());
        form.setAnnotation(t.getAnnotation());
        form.openedAt(t.getVersion());
        return form;
    }

    /** A new title with its first copies (one per inventory number given). */
    public long create(@NotNull @Valid TitleForm form, @NotNull List<String> inventoryNumbers) {
        CatalogueTitle title = new CatalogueTitle(LocalDateTime.now(ZoneOffset.UTC));
        describe(title, form);
        EntityManager em = holdings.data();
        em.persist(title);
        List<String> numbers = cleaned(inventoryNumbers);
        for (String number : numbers) {
            em.persist(new CatalogueCopy(title, number));
        }
        em.flush();
        indexer.put(title);
        audit.record(LibraryAction.TITLE_CREATED, RECORD, title.getId(), Changes.describe()
                .value(LibraryField.TITLE, title.getTitle()).value(LibraryField.ISBN, title.getIsbn())
                .value(LibraryField.COPIES, numbers));
        return title.getId();
    }

    /** Saves a title's description; refused when it changed since the form was opened. */
    public void update(long id, @NotNull @Valid TitleForm form) {
        CatalogueTitle title = holdings.title(id);
        ChangedSinceOpenedException.check(RECORD, id, form.getOpenedVersion(), title.getVersion());
        Changes changes = Changes.describe().field(LibraryField.TITLE, title.getTitle(), form.getTitle())
                .field(LibraryField.AUTHORS, title.getAuthors(), form.getAuthors())
                .field(LibraryField.PUBLISHER, title.getPublisher(), form.getPublisher())
                .field(LibraryField.PUBLICATION_YEAR, title.getPublicationYear(), form.getPublicationYear())
                .field(LibraryField.ISBN, title.getIsbn(), isbn(form).orElse(null))
                .field(LibraryField.LANGUAGE, title.getLanguage(), form.getLanguage())
                .field(LibraryField.TYPE, title.getType(), form.getType())
                .subject(LibraryField.SUBJECT, title.getSubjectId(), form.getSubjectId())
                .field(LibraryField.GRADE_FROM, title.getGradeFrom(), form.getGradeFrom())
                .field(LibraryField.GRADE_TO, title.getGradeTo(), form.getGradeTo())
                .field(LibraryField.SHELF_PLACE, title.getShelfPlace(), form.getShelfPlace())
                .field(LibraryField.ANNOTATION, title.getAnnotation(), form.getAnnotation());
        describe(title, form);
        indexer.put(title);
        if (!changes.isEmpty()) {
            audit.record(LibraryAction.TITLE_UPDATED, RECORD, id, changes);
        }
    }

    public void addCopy(long titleId, String inventoryNumber) {
        CatalogueTitle title = holdings.title(titleId);
        List<String> numbers = cleaned(List.of(inventoryNumber == null ? "" : inventoryNumber));
        if (numbers.isEmpty()) {
            throw new InvalidInputException("inventoryNumber", "field.required");
        }
        holdings.data().persist(new CatalogueCopy(title, numbers.get(0)));
        holdings.data().flush();
        audit.record(LibraryAction.COPY_ADDED, RECORD, titleId, Changes.describe()
                .value(LibraryField.INVENTORY_NUMBER, numbers.get(0)));
    }

    public void setCondition(long copyId, @NotNull CopyCondition condition) {
        CatalogueCopy copy = holdings.copy(copyId);
        if (!condition.isLendable() && holdings.openLoan(copy).isPresent()) {
            throw new InvalidInputException("condition", "copy.onLoan");
        }
        CopyCondition before = copy.getCondition();
        copy.setCondition(condition);
        audit.record(LibraryAction.COPY_CONDITION, RECORD, copy.getTitle().getId(), Changes.describe()
                .value(LibraryField.INVENTORY_NUMBER, copy.getInventoryNumber())
                .field(LibraryField.CONDITION, before, condition));
    }

    private void describe(CatalogueTitle title, TitleForm form) {
        if (form.getGradeFrom() != null && form.getGradeTo() != null && form.getGradeFrom() > form.getGradeTo()) {
            throw new InvalidInputException("gradeTo", "grade.order");
        }
        title.describe(form.getTitle(), form.getAuthors(), form.getPublisher(), form.getPublicationYear(),
                isbn(form).orElse(null), form.getLanguage(), form.getType(), form.getSubjectId(), form.getGradeFrom(),
                form.getGradeTo(), form.getShelfPlace(), form.getAnnotation());
    }

    private static Optional<String> isbn(TitleForm form) {
        if (form.getIsbn() == null) {
            return Optional.empty();
        }
        return Optional.of(Isbn.parse(form.getIsbn())
                .orElseThrow(() -> new InvalidInputException("isbn", "isbn.invalid")).value());
    }

    /** Trimmed, distinct inventory numbers, none already used in the school. */
    private List<String> cleaned(List<String> inventoryNumbers) {
        List<String> numbers = new ArrayList<>();
        for (String raw : inventoryNumbers) {
            String n = raw == null ? "" : raw.strip();
            if (n.isEmpty()) {
                continue;
            }
            if (n.length() > 40) {
                throw new InvalidInputException("inventoryNumber", "inventory.tooLong");
            }
            if (numbers.contains(n) || holdings.inventoryNumberTaken(n)) {
                throw new InvalidInputException("inventoryNumber", "inventory.taken", n);
            }
            numbers.add(n);
        }
        return numbers;
    }
}
