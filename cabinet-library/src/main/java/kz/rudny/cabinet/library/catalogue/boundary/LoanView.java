package kz.rudny.cabinet.library.catalogue.boundary;

import java.io.Serializable;
import java.time.LocalDate;

/** An open loan as the desk and the borrower see it. */
public record LoanView(long id, long titleId, String title, String inventoryNumber, String borrowerName,
                       LocalDate dueDate, int renewals, boolean overdue) implements Serializable {
}
