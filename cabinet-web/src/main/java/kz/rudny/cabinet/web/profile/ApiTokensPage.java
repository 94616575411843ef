package kz.rudny.cabinet.web.profile;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import kz.rudny.cabinet.domain.people.boundary.ApiTokenView;
import kz.rudny.cabinet.domain.people.boundary.ApiTokens;
import kz.rudny.cabinet.domain.people.boundary.NewApiToken;
import kz.rudny.cabinet.web.support.FacesForms;

/** The person's own API tokens: make one (shown this once), see when each was used, revoke. */
@Named
@ViewScoped
public class ApiTokensPage implements Serializable {

    @Inject
    ApiTokens tokens;

    private List<ApiTokenView> rows;
    private String name;
    private LocalDate expiresOn;
    /** The token just made, shown until the person leaves the page; never kept elsewhere. */
    private String madeToken;

    @PostConstruct
    void load() {
        rows = tokens.mine();
    }

    public void create() {
        NewApiToken[] made = new NewApiToken[1];
        if (FacesForms.submit("newToken", () -> made[0] = tokens.create(name, expiresOn))) {
            madeToken = made[0].token();
            name = null;
            expiresOn = null;
            rows = tokens.mine();
            FacesForms.info("apiTokens.created");
        }
    }

    public void revoke(long id) {
        tokens.revoke(id);
        madeToken = null;
        rows = tokens.mine();
        FacesForms.info("apiTokens.revoked");
    }

    public List<ApiTokenView> getRows() {
        return rows;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public LocalDate getExpiresOn() {
        return expiresOn;
    }

    public void setExpiresOn(LocalDate expiresOn) {
        this.expiresOn = expiresOn;
    }

    public String getMadeToken() {
        return madeToken;
    }
}
