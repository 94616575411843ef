package kz.rudny.cabinet.web.monitoring;

import jakarta.servlet.annotation.WebListener;
import jakarta.servlet.http.HttpSessionEvent;
import jakarta.servlet.http.HttpSessionListener;
import java.util.concurrent.atomic.AtomicLong;

/** The sessions of this server that are alive now (created and not yet ended), for {@code cabinet.sessions.active}. */
@WebListener
public class SessionCount implements HttpSessionListener {

    static final AtomicLong ACTIVE = new AtomicLong();

    @Override
    public void sessionCreated(HttpSessionEvent event) {
        ACTIVE.incrementAndGet();
    }

    @Override
    public void sessionDestroyed(HttpSessionEvent event) {
        ACTIVE.updateAndGet(n -> Math.max(0, n - 1));
    }
}
