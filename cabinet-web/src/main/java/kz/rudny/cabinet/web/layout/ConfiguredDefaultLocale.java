package kz.rudny.cabinet.web.layout;

import jakarta.enterprise.inject.spi.CDI;
import jakarta.faces.application.Application;
import jakarta.faces.event.SystemEvent;
import jakarta.faces.event.SystemEventListener;
import kz.rudny.cabinet.domain.platform.boundary.Settings;

/**
 * Faces' own default locale (for what Faces shows before a page has set its language) is the configured
 * default language ({@code cabinet.language.default}), set when Faces starts: faces-config.xml only lists the
 * supported languages.
 */
public class ConfiguredDefaultLocale implements SystemEventListener {

    @Override
    public boolean isListenerForSource(Object source) {
        return source instanceof Application;
    }

    @Override
    public void processEvent(SystemEvent event) {
        ((Application) event.getSource())
                .setDefaultLocale(CDI.current().select(Settings.class).get().defaultLanguage().locale());
    }
}
