package kz.rudny.cabinet.library.catalogue.control;

import java.time.LocalDate;

/** How long a copy is lent, and how often a loan may be renewed. */
public final class LoanRules {

    /** A loan runs four weeks; a renewal adds two more, at most twice. */
    public static final int LOAN_DAYS = 28;
    public static final int RENEWAL_DAYS = 14;
    public static final int MAX_RENEWALS = 2;

    private LoanRules() {
    }

    public static LocalDate dueDate(LocalDate issued) {
        return issued.plusDays(LOAN_DAYS);
    }

    /** A renewal counts from the later of today and the current due date. */
    public static LocalDate renewedDueDate(LocalDate currentDue, LocalDate today) {
        return (today.isAfter(currentDue) ? today : currentDue).plusDays(RENEWAL_DAYS);
    }
}
