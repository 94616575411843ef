package kz.rudny.cabinet.web.mentoring;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import kz.rudny.cabinet.mentoring.pairs.boundary.MentoringPairs;
import kz.rudny.cabinet.mentoring.pairs.boundary.PairView;

/** "My mentoring": the caller's own pairs, as mentor or as young specialist, the latest year first. */
@Named
@ViewScoped
public class MyPairsPage implements Serializable {

    @Inject
    MentoringPairs pairs;

    private List<PairView> list;

    public void load() {
        if (list == null) {
            list = pairs.mine();
        }
    }

    public List<PairView> getList() {
        return list;
    }
}
