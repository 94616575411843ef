package kz.rudny.cabinet.web.attestation;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import kz.rudny.cabinet.domain.people.boundary.QualificationCategory;
import kz.rudny.cabinet.mentoring.attestation.boundary.AttestationView;
import kz.rudny.cabinet.mentoring.attestation.boundary.Attestations;
import kz.rudny.cabinet.mentoring.courses.boundary.DueState;
import kz.rudny.cabinet.web.support.FacesForms;

/**
 * "Attestation schedule", the methodologist's: the school's teachers by where they stand with the attestation rule
 * (the overdue first); for one of them the methodologist records the last attestation and the category applied for.
 */
@Named
@ViewScoped
public class SchoolAttestationPage implements Serializable {

    @Inject
    Attestations attestations;

    private List<ScheduleSection> sections;
    private int periodYears;
    private AttestationView recording;
    private LocalDate lastAttestedOn;
    private QualificationCategory appliedFor;

    /** The teachers in one state of the rule. */
    public record ScheduleSection(DueState state, List<AttestationView> teachers) implements Serializable {
    }

    public void load() {
        if (sections == null) {
            read();
        }
    }

    private void read() {
        List<AttestationView> schedule = attestations.schedule();
        sections = Arrays.stream(DueState.values())
                .map(s -> new ScheduleSection(s, schedule.stream().filter(a -> a.state() == s).toList()))
                .filter(s -> !s.teachers().isEmpty()).toList();
        periodYears = attestations.periodYears();
    }

    /** Opens the form recording the teacher's last attestation and the category applied for. */
    public void choose(AttestationView teacher) {
        recording = teacher;
        lastAttestedOn = teacher.lastAttestedOn();
        appliedFor = teacher.appliedFor();
    }

    public void cancel() {
        recording = null;
    }

    public void record() {
        if (FacesForms.submit("recording",
                () -> attestations.record(recording.staffId(), recording.version(), lastAttestedOn, appliedFor))) {
            FacesForms.info("attestation.recorded", recording.fullName());
            recording = null;
            read();
        }
    }

    /** The categories above the chosen teacher's. */
    public List<QualificationCategory> getCategories() {
        return CategoriesAbove.of(recording == null ? null : recording.category());
    }

    public List<ScheduleSection> getSections() {
        return sections;
    }

    public int getPeriodYears() {
        return periodYears;
    }

    public AttestationView getRecording() {
        return recording;
    }

    public LocalDate getLastAttestedOn() {
        return lastAttestedOn;
    }

    public void setLastAttestedOn(LocalDate lastAttestedOn) {
        this.lastAttestedOn = lastAttestedOn;
    }

    public QualificationCategory getAppliedFor() {
        return appliedFor;
    }

    public void setAppliedFor(QualificationCategory appliedFor) {
        this.appliedFor = appliedFor;
    }
}
