package kz.rudny.cabinet.web.selfeducation;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import kz.rudny.cabinet.domain.platform.boundary.Settings;
import kz.rudny.cabinet.mentoring.selfeducation.boundary.OutcomeForm;
import kz.rudny.cabinet.mentoring.selfeducation.boundary.OutcomeKind;
import kz.rudny.cabinet.mentoring.selfeducation.boundary.OutcomeLink;
import kz.rudny.cabinet.mentoring.selfeducation.boundary.SelfEducation;
import kz.rudny.cabinet.mentoring.selfeducation.boundary.Stage;
import kz.rudny.cabinet.mentoring.selfeducation.boundary.TopicForm;
import kz.rudny.cabinet.mentoring.selfeducation.boundary.TopicView;
import kz.rudny.cabinet.web.layout.LanguageChoice;
import kz.rudny.cabinet.web.support.FacesForms;
import kz.rudny.cabinet.web.support.WorkLinks;

/**
 * "My self-education": the caller's topics with their four stages and outcomes; they start a topic, plan a stage's
 * term, mark it completed (or not completed again), and add or remove the outcomes that show it.
 */
@Named
@ViewScoped
public class MySelfEducationPage implements Serializable {

    @Inject
    SelfEducation selfEducation;

    @Inject
    Settings settings;

    @Inject
    LanguageChoice language;

    private List<TopicView> list;
    private TopicForm form;
    private AcademicYearChoices years;
    private StageWork stageWork;
    private TopicView outcomeTopic;
    private OutcomeForm outcome;
    private TopicView changing;
    private List<WorkLinks.Choice> linkChoices = List.of();

    public void load() {
        if (list == null) {
            years = new AcademicYearChoices(LocalDate.now(settings.timeZone()));
            form = new TopicForm();
            read();
        }
    }

    private void read() {
        list = List.of();
        FacesForms.submit("myTopics", () -> list = selfEducation.mine());
    }

    /** Starts the topic, or saves the changes of the topic being changed; a refusal is shown by the fields. */
    public void start() {
        if (changing != null) {
            if (FacesForms.submit("starting", () -> selfEducation.change(changing.id(), changing.version(), form))) {
                FacesForms.info("selfEducation.changed");
                cancelChange();
                read();
            }
        } else if (FacesForms.submit("starting", () -> selfEducation.start(form))) {
            FacesForms.info("selfEducation.started");
            form = new TopicForm();
            read();
        }
    }

    /** Fills the topic's form with one of the caller's topics, to change its title, language or years. */
    public void change(TopicView topic) {
        changing = topic;
        years = new AcademicYearChoices(LocalDate.now(settings.timeZone())).keeping(topic.fromYear(), topic.toYear());
        form = new TopicForm();
        form.setTitle(topic.title());
        form.setLanguage(topic.language());
        form.setFromYear(topic.fromYear());
        form.setToYear(topic.toYear());
    }

    public void cancelChange() {
        changing = null;
        years = new AcademicYearChoices(LocalDate.now(settings.timeZone()));
        form = new TopicForm();
    }

    public TopicView getChanging() {
        return changing;
    }

    /** Opens the forms that plan and complete a stage of a topic. */
    public void openStage(TopicView topic, TopicView.StageView stage) {
        stageWork = new StageWork(topic, stage);
        outcomeTopic = null;
    }

    public void plan() {
        TopicView t = stageWork.getTopic();
        if (FacesForms.submit("planning", () -> selfEducation.planStage(t.id(), t.version(), stageWork.getStage(),
                stageWork.getPlannedFrom(), stageWork.getPlannedTo()))) {
            done("selfEducation.planned");
        }
    }

    public void complete() {
        TopicView t = stageWork.getTopic();
        if (FacesForms.submit("completing", () -> selfEducation.completeStage(t.id(), t.version(),
                stageWork.getStage(), stageWork.getDoneOn(), stageWork.getNote()))) {
            done("selfEducation.completed");
        }
    }

    /** Marks the stage not completed again. */
    public void reopen() {
        TopicView t = stageWork.getTopic();
        if (FacesForms.submit("completing", () -> selfEducation.completeStage(t.id(), t.version(),
                stageWork.getStage(), null, null))) {
            done("selfEducation.reopened");
        }
    }

    /** Opens the form that adds an outcome to a topic, for the stage being worked on. */
    public void openOutcome(TopicView topic) {
        outcomeTopic = topic;
        outcome = new OutcomeForm();
        outcome.setStage(topic.currentStage());
        linkChoices = List.of();
        stageWork = null;
    }

    /** The outcome's place chosen (a meeting, an event, a material): the caller's own of that place are offered. */
    public void linkKindChanged() {
        outcome.setLinkRef(null);
        linkChoices = List.of();
        if (outcome.getLinkKind() != null) {
            FacesForms.submit("addingOutcome", () -> linkChoices = WorkLinks.choices(
                    selfEducation.linkChoices(outcomeTopic.id(), outcome.getLinkKind()), language.current()));
        }
    }

    public List<WorkLinks.Choice> getLinkChoices() {
        return linkChoices;
    }

    public void addOutcome() {
        if (FacesForms.submit("addingOutcome",
                () -> selfEducation.addOutcome(outcomeTopic.id(), outcomeTopic.version(), outcome))) {
            done("selfEducation.outcomeAdded");
        }
    }

    public void removeOutcome(TopicView.OutcomeView o) {
        if (FacesForms.submit("myTopics", () -> selfEducation.removeOutcome(o.id()))) {
            done("selfEducation.outcomeRemoved");
        }
    }

    public void cancel() {
        stageWork = null;
        outcomeTopic = null;
    }

    private void done(String message) {
        FacesForms.info(message);
        cancel();
        read();
    }

    public List<TopicView> getList() {
        return list;
    }

    public TopicForm getForm() {
        return form;
    }

    public AcademicYearChoices getYears() {
        return years;
    }

    public StageWork getStageWork() {
        return stageWork;
    }

    public TopicView getOutcomeTopic() {
        return outcomeTopic;
    }

    public OutcomeForm getOutcome() {
        return outcome;
    }

    public Stage[] getStages() {
        return Stage.values();
    }

    public OutcomeKind[] getKinds() {
        return OutcomeKind.values();
    }

    public OutcomeLink[] getLinks() {
        return OutcomeLink.values();
    }

    public List<String> getLanguages() {
        return List.of("kk", "ru");
    }
}
