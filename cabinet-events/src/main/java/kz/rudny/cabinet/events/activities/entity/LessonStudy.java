package kz.rudny.cabinet.events.activities.entity;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.util.ArrayList;
import java.util.List;
import kz.rudny.cabinet.domain.tenancy.SchoolScoped;
import org.eclipse.persistence.annotations.Multitenant;
import org.eclipse.persistence.annotations.TenantDiscriminatorColumn;

/**
 * A Lesson Study cycle of a school: a group of 3..5 of its teachers, a research question, an academic year, the
 * focus pupils A/B/C (high, middle, low attainment), its lessons (events of kind LESSON_STUDY_LESSON) with their
 * stage and discussion notes, and the report. School-scoped.
 */
@Entity
@Table(name = "LESSON_STUDY")
@Multitenant
@TenantDiscriminatorColumn(name = SchoolScoped.COLUMN, contextProperty = SchoolScoped.TENANT_PROPERTY,
        discriminatorType = jakarta.persistence.DiscriminatorType.INTEGER)
public class LessonStudy {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "TITLE", nullable = false, length = 300)
    private String title;

    @Column(name = "RESEARCH_QUESTION", nullable = false, length = 1000)
    private String researchQuestion;

    @Column(name = "ACADEMIC_YEAR", nullable = false)
    private int academicYear;

    @Column(name = "PUPIL_A", length = 500)
    private String pupilA;

    @Column(name = "PUPIL_B", length = 500)
    private String pupilB;

    @Column(name = "PUPIL_C", length = 500)
    private String pupilC;

    @Column(name = "REPORT", length = 8000)
    private String report;

    @Column(name = "FINISHED", nullable = false)
    private boolean finished;

    @Version
    @Column(name = "VERSION", nullable = false)
    private long version;

    @OneToMany(mappedBy = "study", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("fullName")
    private List<StudyMember> members = new ArrayList<>();

    @OneToMany(mappedBy = "study", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("positionNo")
    private List<StudyLesson> lessons = new ArrayList<>();

    protected LessonStudy() {
    }

    public LessonStudy(String title, String researchQuestion, int academicYear) {
        describe(title, researchQuestion, academicYear, null, null, null);
    }

    public void describe(String newTitle, String question, int year, String a, String b, String c) {
        this.title = newTitle;
        this.researchQuestion = question;
        this.academicYear = year;
        this.pupilA = a;
        this.pupilB = b;
        this.pupilC = c;
    }

    public void reported(String text, boolean isFinished) {
        this.report = text;
        this.finished = isFinished;
    }

    public Long getId() {
        return id;
    }

    public String getTitle() {
        return title;
    }

    public String getResearchQuestion() {
        return researchQuestion;
    }

    public int getAcademicYear() {
        return academicYear;
    }

    public String getPupilA() {
        return pupilA;
    }

    public String getPupilB() {
        return pupilB;
    }

    public String getPupilC() {
        return pupilC;
    }

    public String getReport() {
        return report;
    }

    public boolean isFinished() {
        return finished;
    }

    public List<StudyMember> members() {
        return members;
    }

    public List<StudyLesson> lessons() {
        return lessons;
    }
}
