package kz.rudny.cabinet.domain.monitoring;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.logging.Handler;
import java.util.logging.LogRecord;
import java.util.logging.Logger;

/**
 * Puts the request's id and account id into every log record of the application's loggers ({@code kz.rudny.cabinet}
 * and below) that is made while a request is served: installed as a handler of that parent logger, it sees each
 * record on the logging thread before the server's own handlers do, and adds one parameter, a map
 * {@code {requestId, accountId}}. Payara's JSON log formatter ({@code JSONLogFormatter}, which the {@code cabinet}
 * script sets for {@code server.log}) writes the entries of a map parameter as fields of the record's JSON line;
 * a message's own {@code {0}} parameters keep their places. It writes nothing itself.
 */
public final class RequestLogEnricher extends Handler {

    /** The application's loggers' common parent. */
    public static final String LOGGER = "kz.rudny.cabinet";

    /** Adds the enricher to the application's loggers; {@link #uninstall} takes it away (an undeployment). */
    public static RequestLogEnricher install() {
        RequestLogEnricher enricher = new RequestLogEnricher();
        Logger.getLogger(LOGGER).addHandler(enricher);
        return enricher;
    }

    public void uninstall() {
        Logger.getLogger(LOGGER).removeHandler(this);
    }

    @Override
    public void publish(LogRecord record) {
        Optional<String> requestId = RequestContext.requestId();
        if (requestId.isEmpty()) {
            return;
        }
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("requestId", requestId.get());
        RequestContext.accountId().ifPresent(id -> fields.put("accountId", id.toString()));
        Object[] given = record.getParameters();
        Object[] parameters = given == null ? new Object[1] : Arrays.copyOf(given, given.length + 1);
        parameters[parameters.length - 1] = fields;
        record.setParameters(parameters);
    }

    @Override
    public void flush() {
    }

    @Override
    public void close() {
    }
}
