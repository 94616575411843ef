package kz.rudny.cabinet.mentoring.pairs.boundary;

import java.io.Serializable;
import java.time.LocalDate;

/** The school's order assigning a mentor: the young specialist, the mentor, the order's number and date. */
public class AssignmentForm implements Serializable {

    private Long youngStaffId;

    private Long mentorStaffId;

    private String orderNumber;

    private LocalDate orderDate;

    public Long getYoungStaffId() {
        return youngStaffId;
    }

    public void setYoungStaffId(Long youngStaffId) {
        this.youngStaffId = youngStaffId;
    }

    public Long getMentorStaffId() {
        return mentorStaffId;
    }

    public void setMentorStaffId(Long mentorStaffId) {
        this.mentorStaffId = mentorStaffId;
    }

    public String getOrderNumber() {
        return orderNumber;
    }

    public void setOrderNumber(String orderNumber) {
        this.orderNumber = orderNumber == null || orderNumber.isBlank() ? null : orderNumber.strip();
    }

    public LocalDate getOrderDate() {
        return orderDate;
    }

    public void setOrderDate(LocalDate orderDate) {
        this.orderDate = orderDate;
    }
}
