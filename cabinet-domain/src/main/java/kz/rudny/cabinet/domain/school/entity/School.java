package kz.rudny.cabinet.domain.school.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDateTime;
import kz.rudny.cabinet.domain.school.boundary.TeachingLanguage;

/** A school of the district: the tenant. District-level by nature. */
@Entity
@Table(name = "SCHOOL")
@NamedQuery(name = School.ALL, query = "SELECT s FROM School s ORDER BY s.name")
@NamedQuery(name = School.BY_NAME, query = "SELECT s FROM School s WHERE LOWER(s.name) = LOWER(:name)")
public class School {
    public static final String ALL = "School.all";
    public static final String BY_NAME = "School.byName";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "NAME", nullable = false, length = 200)
    private String name;

    @Enumerated(EnumType.STRING)
    @Column(name = "TEACHING_LANGUAGE", nullable = false, length = 10)
    private TeachingLanguage teachingLanguage;

    @Column(name = "ACTIVE", nullable = false)
    private boolean active = true;

    @Column(name = "CREATED_AT", nullable = false)
    private LocalDateTime createdAt;

    @Version
    @Column(name = "VERSION")
    private long version;

    protected School() {
    }

    public School(String name, TeachingLanguage teachingLanguage, LocalDateTime createdAt) {
        this.name = name;
        this.teachingLanguage = teachingLanguage;
        this.createdAt = createdAt;
    }

    public Long getId() {
        return id;
    }

    public String getName() {
        return name;
    }

    public TeachingLanguage getTeachingLanguage() {
        return teachingLanguage;
    }

    public boolean isActive() {
        return active;
    }

    public LocalDateTime getCreatedAt() {
        return createdAt;
    }
}
