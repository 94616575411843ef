package kz.rudny.cabinet.web.selfeducation;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.Objects;
import kz.rudny.cabinet.domain.association.boundary.AssociationView;
import kz.rudny.cabinet.domain.association.boundary.Associations;
import kz.rudny.cabinet.domain.people.boundary.Profile;
import kz.rudny.cabinet.domain.security.CurrentCaller;
import kz.rudny.cabinet.domain.security.Role;
import kz.rudny.cabinet.mentoring.selfeducation.boundary.SelfEducation;
import kz.rudny.cabinet.mentoring.selfeducation.boundary.TopicView;

/**
 * An association's self-education ({@code ?association=}): its members' topics and their progress, for its head and
 * the school methodologist. Without an association the caller chooses among those they may see (the methodologist:
 * all; a head: theirs, and their only one is shown at once).
 */
@Named
@ViewScoped
public class AssociationSelfEducationPage implements Serializable {

    @Inject
    SelfEducation selfEducation;

    @Inject
    Associations associations;

    @Inject
    Profile profile;

    @Inject
    CurrentCaller caller;

    private Long association;
    private List<AssociationView> choices;
    private AssociationView chosen;
    private List<TopicView> topics;

    public void load() {
        if (choices != null) {
            return;
        }
        choices = visible();
        if (association == null && choices.size() == 1) {
            association = choices.get(0).id();
        }
        if (association != null) {
            topics = selfEducation.ofAssociation(association);
            chosen = choices.stream().filter(a -> a.id() == association).findFirst()
                    .orElseGet(() -> associations.view(association));
        }
    }

    private List<AssociationView> visible() {
        if (caller.has(Role.SCHOOL_METHODOLOGIST)) {
            return associations.all();
        }
        Long me = profile.staffId().orElse(null);
        return associations.all().stream().filter(a -> me != null && Objects.equals(a.headId(), me)).toList();
    }

    /** How many outcomes the topic's stages show in all. */
    public int outcomes(TopicView topic) {
        return topic.stages().stream().mapToInt(s -> s.outcomes().size()).sum();
    }

    public Long getAssociation() {
        return association;
    }

    public void setAssociation(Long association) {
        this.association = association;
    }

    public List<AssociationView> getChoices() {
        return choices;
    }

    public AssociationView getChosen() {
        return chosen;
    }

    public List<TopicView> getTopics() {
        return topics;
    }
}
