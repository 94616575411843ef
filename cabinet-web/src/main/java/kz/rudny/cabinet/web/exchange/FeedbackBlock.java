package kz.rudny.cabinet.web.exchange;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.HashMap;
import java.util.Map;
import kz.rudny.cabinet.domain.errors.NotFoundException;
import kz.rudny.cabinet.library.exchange.boundary.Feedback;
import kz.rudny.cabinet.library.exchange.boundary.FeedbackView;
import kz.rudny.cabinet.web.library.LibraryForms;
import kz.rudny.cabinet.web.support.Texts;

/**
 * The feedback block of a material page ({@code /WEB-INF/includes/feedback.xhtml}): the average of the stars,
 * the reader's own stars (saved as they are clicked), the comments and a new comment. The include gives the
 * material's school and id; {@link #of} keeps one state per material for the view.
 */
@Named
@ViewScoped
public class FeedbackBlock implements Serializable {

    public static final int MAX_COMMENT = 2000;

    /** The block of one material: what the boundary said, and what the reader is typing. */
    public static final class State implements Serializable {
        private final long schoolId;
        private final long materialId;
        private FeedbackView view;
        private boolean open = true;
        private Integer stars;
        private String text;

        State(long schoolId, long materialId) {
            this.schoolId = schoolId;
            this.materialId = materialId;
        }

        public FeedbackView getView() {
            return view;
        }

        /** False when the material is not open to feedback for the reader (then the block shows nothing). */
        public boolean isOpen() {
            return open;
        }

        public Integer getStars() {
            return stars;
        }

        public void setStars(Integer stars) {
            this.stars = stars;
        }

        public String getText() {
            return text;
        }

        public void setText(String text) {
            this.text = text;
        }

        /** "4.3 of 5 · ratings: 7", or that nobody has rated yet. */
        public String getAverageText() {
            if (view == null || view.ratings() == 0) {
                return Texts.ui("feedback.noRatings");
            }
            return Texts.ui("feedback.average", view.average(), view.ratings());
        }

        /** The average as five characters of stars, filled to the nearest whole star. */
        public String getAverageStars() {
            int full = view == null ? 0 : (int) Math.round(view.average());
            return "★".repeat(full) + "☆".repeat(5 - full);
        }
    }

    @Inject
    Feedback feedback;

    private final Map<String, State> states = new HashMap<>();

    public State of(Long schoolId, Long materialId) {
        if (schoolId == null || materialId == null) {
            State none = new State(0, 0);
            none.open = false;
            return none;
        }
        return states.computeIfAbsent(schoolId + ":" + materialId, k -> {
            State s = new State(schoolId, materialId);
            reload(s);
            return s;
        });
    }

    /** Saves the reader's stars (the rating's ajax event). */
    public void rate(State s) {
        LibraryForms.submit("feedback", () -> feedback.rate(s.schoolId, s.materialId, s.stars));
        reload(s);
    }

    public void send(State s) {
        String body = s.text == null ? "" : s.text.strip();
        if (body.isEmpty()) {
            LibraryForms.required("feedback", "text");
            return;
        }
        if (LibraryForms.submit("feedback", Map.of("comment", "text"),
                () -> feedback.comment(s.schoolId, s.materialId, body))) {
            s.text = null;
        }
        reload(s);
    }

    private void reload(State s) {
        try {
            s.view = feedback.view(s.schoolId, s.materialId);
            s.open = true;
            s.stars = s.view.myStars();
        } catch (NotFoundException e) {
            s.view = null;
            s.open = false;
        }
    }
}
