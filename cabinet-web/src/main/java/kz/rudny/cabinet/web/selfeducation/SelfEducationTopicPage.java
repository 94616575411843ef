package kz.rudny.cabinet.web.selfeducation;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import kz.rudny.cabinet.mentoring.selfeducation.boundary.SelfEducation;
import kz.rudny.cabinet.mentoring.selfeducation.boundary.TopicView;

/**
 * One self-education topic read-only ({@code ?id=}): for its teacher, the school methodologist and the head of an
 * association the teacher is in; for anyone else it does not exist.
 */
@Named
@ViewScoped
public class SelfEducationTopicPage implements Serializable {

    @Inject
    SelfEducation selfEducation;

    private Long id;
    private TopicView view;

    public void load() {
        if (view == null) {
            view = selfEducation.topic(id == null ? -1 : id);
        }
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public TopicView getView() {
        return view;
    }
}
