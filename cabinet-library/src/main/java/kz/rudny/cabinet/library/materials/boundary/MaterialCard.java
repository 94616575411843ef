package kz.rudny.cabinet.library.materials.boundary;

import java.time.LocalDateTime;

/**
 * A material as other features show or check it (search hits, corners, feedback, certificates).
 *
 * @param title          the title in the reader's language, else the other one
 * @param fullTitle      both titles, as records and certificates name it
 * @param callerIsAuthor whether the signed-in person wrote it
 */
public record MaterialCard(long id, MaterialStatus status, String title, String fullTitle, MaterialType type,
                           long authorStaffId, String authorName, String authorPosition, LocalDateTime approvedAt,
                           boolean callerIsAuthor) {
}
