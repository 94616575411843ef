package kz.rudny.cabinet.library.exchange.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDateTime;

/**
 * DISTRICT-LEVEL (reviewed): a comment on a material, keyed by the material's school and id, with the
 * writer's name and school. Only written and read through {@code Feedback}, after its visibility check.
 */
@Entity
@Table(name = "MATERIAL_COMMENT")
public class MaterialComment {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "MATERIAL_SCHOOL_ID", nullable = false)
    private long materialSchoolId;

    @Column(name = "MATERIAL_ID", nullable = false)
    private long materialId;

    @Column(name = "AUTHOR_ACCOUNT_ID", nullable = false)
    private long authorAccountId;

    @Column(name = "AUTHOR_NAME", nullable = false, length = 200)
    private String authorName;

    @Column(name = "AUTHOR_SCHOOL_NAME", length = 200)
    private String authorSchoolName;

    @Column(name = "BODY", nullable = false, length = 2000)
    private String body;

    @Column(name = "WRITTEN_AT", nullable = false)
    private LocalDateTime writtenAt;

    protected MaterialComment() {
    }

    public MaterialComment(long materialSchoolId, long materialId, long authorAccountId, String authorName,
                           String authorSchoolName, String body, LocalDateTime writtenAt) {
        this.materialSchoolId = materialSchoolId;
        this.materialId = materialId;
        this.authorAccountId = authorAccountId;
        this.authorName = authorName;
        this.authorSchoolName = authorSchoolName;
        this.body = body;
        this.writtenAt = writtenAt;
    }

    public Long getId() {
        return id;
    }

    public String getAuthorName() {
        return authorName;
    }

    public String getAuthorSchoolName() {
        return authorSchoolName;
    }

    public String getBody() {
        return body;
    }

    public LocalDateTime getWrittenAt() {
        return writtenAt;
    }
}
