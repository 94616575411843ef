package kz.rudny.cabinet.domain.subject.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import kz.rudny.cabinet.domain.people.boundary.Language;

/** A school subject from the republic's curriculum, the same for every school: district-level. */
@Entity
@Table(name = "SUBJECT")
@NamedQuery(name = Subject.ALL, query = "SELECT s FROM Subject s ORDER BY s.code")
public class Subject {
    public static final String ALL = "Subject.all";

    @Id
    @Column(name = "ID")
    private Long id;

    @Column(name = "CODE", nullable = false, length = 40)
    private String code;

    @Column(name = "NAME_KK", nullable = false, length = 120)
    private String nameKk;

    @Column(name = "NAME_RU", nullable = false, length = 120)
    private String nameRu;

    @Column(name = "NAME_EN", nullable = false, length = 120)
    private String nameEn;

    protected Subject() {
    }

    public Long getId() {
        return id;
    }

    public String getCode() {
        return code;
    }

    public String name(Language language) {
        return switch (language) {
            case KK -> nameKk;
            case RU -> nameRu;
            case EN -> nameEn;
        };
    }
}
