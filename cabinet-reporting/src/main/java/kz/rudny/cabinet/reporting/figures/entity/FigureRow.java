package kz.rudny.cabinet.reporting.figures.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDateTime;
import kz.rudny.cabinet.domain.calendar.Quarter;
import kz.rudny.cabinet.domain.figures.boundary.Indicator;

/**
 * DISTRICT-LEVEL (reviewed): one count of one school in one academic year (and quarter, for a figure counted per
 * quarter), as the module that keeps the records counted it inside the school's tenant filter. Counts only, never a
 * person or a record of the school.
 */
@Entity
@Table(name = "REPORT_FIGURE")
public class FigureRow {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "SCHOOL_ID", nullable = false)
    private long schoolId;

    @Column(name = "ACADEMIC_YEAR", nullable = false)
    private int academicYear;

    @Enumerated(EnumType.STRING)
    @Column(name = "INDICATOR_NAME", nullable = false, length = 40)
    private Indicator indicator;

    @Column(name = "FIGURE_KEY", nullable = false, length = 40)
    private String key;

    @Column(name = "QUARTER_NO", nullable = false)
    private int quarter;

    @Column(name = "FIGURE_VALUE", nullable = false)
    private long value;

    @Column(name = "COUNTED_AT", nullable = false)
    private LocalDateTime countedAt;

    protected FigureRow() {
    }

    public FigureRow(long schoolId, int academicYear, Indicator indicator, String key, Quarter quarter, long value,
                     LocalDateTime countedAt) {
        this.schoolId = schoolId;
        this.academicYear = academicYear;
        this.indicator = indicator;
        this.key = key;
        this.quarter = quarter == null ? 0 : quarter.number();
        this.value = value;
        this.countedAt = countedAt;
    }

    public long getSchoolId() {
        return schoolId;
    }

    public int getAcademicYear() {
        return academicYear;
    }

    public Indicator getIndicator() {
        return indicator;
    }

    public String getKey() {
        return key;
    }

    /** The quarter counted, or null for a standing figure. */
    public Quarter getQuarter() {
        return quarter == 0 ? null : Quarter.values()[quarter - 1];
    }

    public long getValue() {
        return value;
    }
}
