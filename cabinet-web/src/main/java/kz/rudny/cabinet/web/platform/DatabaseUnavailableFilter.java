package kz.rudny.cabinet.web.platform;

import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * While the database cannot be reached, a request that needed it gets {@link ServiceUnavailable}'s answer instead
 * of an error page with nothing to say. The first filter (web.xml), so that it also answers for the filters after it
 * that read the database; the sign-in mechanism, which runs before any filter, answers the same itself. The
 * connection pool validates its connections and drops them all when one is found broken, so the application works
 * again as soon as the database is back, without a restart.
 */
public class DatabaseUnavailableFilter extends HttpFilter {

    private static final Logger LOG = Logger.getLogger(DatabaseUnavailableFilter.class.getName());
    @Inject
    ServiceUnavailable unavailable;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        try {
            chain.doFilter(request, response);
        } catch (ServletException | IOException | RuntimeException e) {
            if (!DatabaseFailure.causedBy(e) || response.isCommitted()) {
                throw e;
            }
            LOG.log(Level.WARNING, "Database unreachable: {0} answered 503 ({1})",
                    new Object[] {request.getRequestURI(), e.toString()});
            unavailable.answer(request, response);
        }
    }
}
