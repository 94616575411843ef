package kz.rudny.cabinet.events.activities.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Supplier;
import kz.rudny.cabinet.domain.audit.boundary.Changes;
import kz.rudny.cabinet.domain.certificates.boundary.CertificateFacts;
import kz.rudny.cabinet.domain.certificates.boundary.CertificateKind;
import kz.rudny.cabinet.domain.certificates.boundary.CertificatePdf;
import kz.rudny.cabinet.domain.certificates.boundary.CertificateRegister;
import kz.rudny.cabinet.domain.certificates.boundary.NewCertificate;
import kz.rudny.cabinet.domain.certificates.boundary.Registered;
import kz.rudny.cabinet.domain.errors.InvalidInputException;
import kz.rudny.cabinet.domain.errors.NotFoundException;
import kz.rudny.cabinet.domain.people.boundary.Language;
import kz.rudny.cabinet.domain.people.boundary.Profile;
import kz.rudny.cabinet.domain.people.boundary.StaffCard;
import kz.rudny.cabinet.domain.platform.boundary.Settings;
import kz.rudny.cabinet.domain.security.Allowed;
import kz.rudny.cabinet.domain.security.CurrentCaller;
import kz.rudny.cabinet.domain.security.Role;
import kz.rudny.cabinet.events.activities.control.ActivityAccess;
import kz.rudny.cabinet.events.activities.control.ActivityRecords;
import kz.rudny.cabinet.events.activities.control.ActivityTrail;
import kz.rudny.cabinet.events.activities.entity.Activity;
import kz.rudny.cabinet.events.activities.entity.Presenter;
import kz.rudny.cabinet.events.activities.entity.Registration;
import kz.rudny.cabinet.events.audit.boundary.EventsAction;
import kz.rudny.cabinet.events.audit.boundary.EventsField;

/**
 * Certificates of an event, entered in the domain's one register of certificates so that the public page checks
 * their codes: a participant's, for a person the organiser marked present ({@link Attendance}); a presenter's, for
 * a staff presenter of a held event, matched by their staff card, and for a guest presenter, whose certificate the
 * organiser downloads. Each is entered once (subject {@code ACTIVITY:<event>:ATTENDED:<account>} or {@code
 * ACTIVITY:<event>:PRESENTED:<presenter>}); downloading again gives the same code. A person reads only their own
 * registrations, never another school's.
 */
@ApplicationScoped
@Allowed({Role.TEACHER, Role.MENTOR, Role.ASSOCIATION_HEAD, Role.SCHOOL_METHODOLOGIST, Role.DISTRICT_METHODOLOGIST})
@Transactional
public class EventCertificates {

    /** How the register names an event's certificates: "ACTIVITY:<event>:". */
    static final String SUBJECT = "ACTIVITY:";

    @Inject
    ActivityRecords records;

    @Inject
    ActivityAccess access;

    @Inject
    CertificateRegister register;

    @Inject
    CurrentCaller caller;

    @Inject
    Profile profile;

    @Inject
    Settings settings;

    @Inject
    ActivityTrail trail;

    private final CertificatePdf pdf = new CertificatePdf();

    /**
     * The caller's certificate of the event: a presenter's if they presented at it (once held), a participant's
     * if they were marked present; otherwise refused. In {@code language}, or the caller's own when null;
     * {@code verifyBase} is the public verification page's address.
     */
    public EventCertificate forMe(long activityId, Language language, @NotNull String verifyBase) {
        Activity a = seen(activityId);
        Optional<StaffCard> me = profile.staffCard();
        Optional<Presenter> presenting = me.flatMap(card -> presenterOf(a, card.staffId()));
        if (presenting.isPresent() && a.getStatus() == ActivityStatus.HELD) {
            StaffCard card = me.get();
            Presenter p = presenting.get();
            return issued(a, CertificateKind.EVENT_PRESENTATION, "PRESENTED:" + p.getId(), () -> facts(a,
                    card.fullName(), card.jobTitle(), card.schoolName()), language, verifyBase);
        }
        Registration r = records.registrationOf(a, caller.accountId())
                .filter(x -> x.getStatus() == SeatStatus.REGISTERED && Boolean.TRUE.equals(x.getAttended()))
                .orElseThrow(() -> new InvalidInputException("activity", "activity.noCertificate"));
        return issued(a, CertificateKind.EVENT_PARTICIPATION, "ATTENDED:" + r.getAccountId(), () -> facts(a,
                r.getFullName(), r.getPositionTitle(), r.getSchoolName()), language, verifyBase);
    }

    /**
     * A guest presenter's certificate, for the event's organiser once it is held (a staff presenter downloads
     * their own, {@link #forMe}). The guest has no school in the cabinet: the certificate names none.
     */
    public EventCertificate forPresenter(long activityId, long presenterId, Language language,
                                         @NotNull String verifyBase) {
        Activity a = records.find(activityId);
        if (!access.organises(a)) {
            throw new NotFoundException(ActivityRecords.RECORD, activityId);
        }
        Presenter p = a.presenters().stream().filter(x -> Objects.equals(x.getId(), presenterId)).findFirst()
                .orElseThrow(() -> new NotFoundException("Presenter", presenterId));
        if (p.getStaffId() != null || a.getStatus() != ActivityStatus.HELD) {
            throw new InvalidInputException("activity", "activity.noCertificate");
        }
        return issued(a, CertificateKind.EVENT_PRESENTATION, "PRESENTED:" + p.getId(),
                () -> facts(a, p.getFullName(), null, ""), language, verifyBase);
    }

    /**
     * The events the caller took part in (marked present) or presented at (begun, not cancelled), newest first;
     * an event they both attended and presented at once, as its presenter.
     */
    public List<TakenPart> takenPart() {
        Map<Long, TakenPart> found = new LinkedHashMap<>();
        Map<Long, LocalDateTime> starts = new LinkedHashMap<>();
        Optional<Long> school = caller.schoolId();
        if (school.isPresent()) {
            records.data().createQuery("SELECT r FROM Registration r WHERE r.accountId = :me"
                            + " AND r.registrantSchoolId = :school AND r.status = :placed AND r.attended = TRUE",
                            Registration.class)
                    .setParameter("me", caller.accountId()).setParameter("school", school.get())
                    .setParameter("placed", SeatStatus.REGISTERED).getResultStream().forEach(r -> {
                        Activity a = r.getActivity();
                        starts.put(a.getId(), a.getStartsAt());
                        found.put(a.getId(), part(a, CertificateKind.EVENT_PARTICIPATION, true));
                    });
        }
        profile.staffCard().ifPresent(card -> records.data().createQuery("SELECT p FROM Presenter p WHERE"
                        + " p.staffId = :staff AND p.activity.status IN :open AND p.activity.startsAt < :now",
                        Presenter.class)
                .setParameter("staff", card.staffId())
                .setParameter("open", List.of(ActivityStatus.PUBLISHED, ActivityStatus.HELD))
                .setParameter("now", LocalDateTime.now(settings.timeZone())).getResultStream().forEach(p -> {
                    Activity a = p.getActivity();
                    starts.put(a.getId(), a.getStartsAt());
                    found.put(a.getId(), part(a, CertificateKind.EVENT_PRESENTATION,
                            a.getStatus() == ActivityStatus.HELD));
                }));
        List<TakenPart> parts = new ArrayList<>(found.values());
        parts.sort(Comparator.comparing((TakenPart t) -> starts.get(t.activityId())).reversed()
                .thenComparing(TakenPart::activityId, Comparator.reverseOrder()));
        return parts;
    }

    private Activity seen(long activityId) {
        Activity a = records.find(activityId);
        if (!access.sees(a)) {
            throw new NotFoundException(ActivityRecords.RECORD, activityId);
        }
        return a;
    }

    private static Optional<Presenter> presenterOf(Activity a, long staffId) {
        return a.presenters().stream().filter(p -> Objects.equals(p.getStaffId(), staffId)).findFirst();
    }

    private static TakenPart part(Activity a, CertificateKind kind, boolean available) {
        return new TakenPart(a.getId(), a.getTitleKk(), a.getTitleRu(), a.getStartsAt().toLocalDate(), a.getKind(),
                kind, available);
    }

    /** What a new certificate of the event states: the holder, the event's title and day, issued today. */
    private NewCertificate facts(Activity a, String holder, String position, String school) {
        return new NewCertificate(a.getOwnerSchoolId(), holder, position, school, Activities.title(a),
                a.getStartsAt().toLocalDate(), LocalDate.now(settings.timeZone()));
    }

    /** The certificate from the register (entered, and audited, the first time) as a PDF in the language. */
    private EventCertificate issued(Activity a, CertificateKind kind, String subject, Supplier<NewCertificate> facts,
                                    Language language, String verifyBase) {
        Registered r = register.registered(kind, SUBJECT + a.getId() + ":" + subject, facts);
        if (r.isNew()) {
            trail.record(EventsAction.ACTIVITY_CERTIFICATE_ISSUED, a.getId(), Changes.describe()
                    .value(EventsField.ACTIVITY_TITLE, Activities.title(a)).value(EventsField.CERTIFICATE, kind)
                    .value(EventsField.VERIFICATION_CODE, r.statement().code()));
        }
        Language in = language != null ? language : profile.language(settings.defaultLanguage());
        byte[] bytes = pdf.render(new CertificateFacts(r.statement(), verifyBase + "?code=" + r.statement().code()),
                in.locale());
        return new EventCertificate(r.statement(), in.code(), bytes);
    }
}
