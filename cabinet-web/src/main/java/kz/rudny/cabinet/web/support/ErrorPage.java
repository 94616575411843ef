package kz.rudny.cabinet.web.support;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;
import java.util.Set;

/** The error page's texts by status code; nothing of the error itself is shown. */
@Named
@RequestScoped
public class ErrorPage {

    private static final Set<String> KNOWN = Set.of("400", "403", "404", "413", "500", "503");
    private String code = "500";

    public String getCode() {
        return code;
    }

    public void setCode(String code) {
        this.code = KNOWN.contains(code) ? code : "500";
    }

    public String getTitleKey() {
        return "error." + code + ".title";
    }

    public String getTextKey() {
        return "error." + code + ".text";
    }
}
