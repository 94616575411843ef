package kz.rudny.cabinet.library.catalogue.boundary;

import java.io.Serializable;
import java.time.LocalDate;

/** A copy with its open loan, if any. */
public record CopyView(long id, String inventoryNumber, CopyCondition condition, Long loanId, String borrowerName,
                       LocalDate dueDate) implements Serializable {

    public boolean isOnLoan() {
        return loanId != null;
    }

    public boolean isAvailable() {
        return loanId == null && condition.isLendable();
    }
}
