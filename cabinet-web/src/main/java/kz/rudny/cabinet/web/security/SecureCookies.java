package kz.rudny.cabinet.web.security;

import jakarta.inject.Inject;
import jakarta.servlet.ServletContextEvent;
import jakarta.servlet.ServletContextListener;
import jakarta.servlet.annotation.WebListener;
import kz.rudny.cabinet.domain.security.ClientAddresses;

/**
 * Behind a proxy that ends TLS ({@code cabinet.proxy.tls=true}) the server sees plain HTTP, so the container would
 * not mark the session cookie {@code Secure} by itself: it is then marked so for every response (a browser sends
 * it back over HTTPS only). Over TLS to the server itself the container marks it already.
 */
@WebListener
public class SecureCookies implements ServletContextListener {

    @Inject
    ClientAddresses addresses;

    @Override
    public void contextInitialized(ServletContextEvent event) {
        if (addresses.tlsAtProxy()) {
            event.getServletContext().getSessionCookieConfig().setSecure(true);
        }
    }
}
