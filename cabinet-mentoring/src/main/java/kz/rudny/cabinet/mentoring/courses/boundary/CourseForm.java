package kz.rudny.cabinet.mentoring.courses.boundary;

import java.io.Serializable;
import java.time.LocalDate;

/** A course as the teacher types it: provider, title, kind, hours, dates and the certificate's number. */
public class CourseForm implements Serializable {

    private String provider;

    private String title;

    private CourseKind kind;

    private Integer hours;

    private LocalDate startsOn;

    private LocalDate endsOn;

    private String certificateNumber;

    private static String stripped(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    public String getProvider() {
        return provider;
    }

    public void setProvider(String provider) {
        this.provider = stripped(provider);
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = stripped(title);
    }

    public CourseKind getKind() {
        return kind;
    }

    public void setKind(CourseKind kind) {
        this.kind = kind;
    }

    public Integer getHours() {
        return hours;
    }

    public void setHours(Integer hours) {
        this.hours = hours;
    }

    public LocalDate getStartsOn() {
        return startsOn;
    }

    public void setStartsOn(LocalDate startsOn) {
        this.startsOn = startsOn;
    }

    public LocalDate getEndsOn() {
        return endsOn;
    }

    public void setEndsOn(LocalDate endsOn) {
        this.endsOn = endsOn;
    }

    public String getCertificateNumber() {
        return certificateNumber;
    }

    public void setCertificateNumber(String certificateNumber) {
        this.certificateNumber = stripped(certificateNumber);
    }
}
