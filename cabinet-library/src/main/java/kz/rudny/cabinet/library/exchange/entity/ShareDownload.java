package kz.rudny.cabinet.library.exchange.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDateTime;

/**
 * DISTRICT-LEVEL (reviewed): one download of a shared material's file: the share, its school of origin, the school of
 * the person who downloaded it (none for the district's people) and when. Written by {@code DistrictExchange} as it
 * hands the file out; counted for the district's figures of the exchange, never shown person by person.
 */
@Entity
@Table(name = "SHARE_DOWNLOAD")
public class ShareDownload {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "SHARE_ID", nullable = false)
    private long shareId;

    @Column(name = "ORIGIN_SCHOOL_ID", nullable = false)
    private long originSchoolId;

    @Column(name = "DOWNLOADER_SCHOOL_ID")
    private Long downloaderSchoolId;

    @Column(name = "DOWNLOADED_AT", nullable = false)
    private LocalDateTime downloadedAt;

    protected ShareDownload() {
    }

    public ShareDownload(long shareId, long originSchoolId, Long downloaderSchoolId, LocalDateTime downloadedAt) {
        this.shareId = shareId;
        this.originSchoolId = originSchoolId;
        this.downloaderSchoolId = downloaderSchoolId;
        this.downloadedAt = downloadedAt;
    }
}
