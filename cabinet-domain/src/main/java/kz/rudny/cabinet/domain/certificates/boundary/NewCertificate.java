package kz.rudny.cabinet.domain.certificates.boundary;

import java.time.LocalDate;

/**
 * What a certificate about to be entered in the register will state: the holder (and position), the school, the
 * title of what is certified, when it happened ({@code dated}, may be null) and the day of issue. {@code
 * originSchoolId} is the school whose record it is for, null for a district's own.
 */
public record NewCertificate(Long originSchoolId, String holderName, String holderPosition, String schoolName,
                             String title, LocalDate dated, LocalDate issuedOn) {
}
