package kz.rudny.cabinet.web.support;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Collections;
import java.util.Enumeration;
import java.util.Map;

/**
 * The error page is a fresh page, also when the request that failed was a form post: the container forwards
 * the post's parameters to it, so Faces would take it for a post-back of the failed form (its view state, and
 * PrimeFaces' CSP nonce check, which refuses it again and leaves the page empty). In the error dispatch the
 * error page sees a GET with only its own {@code code} parameter.
 */
@WebFilter(urlPatterns = "/error.xhtml", dispatcherTypes = DispatcherType.ERROR)
public class ErrorPageDispatch extends HttpFilter {

    private static final String CODE = "code";

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        chain.doFilter(new FreshPage(request), response);
    }

    private static final class FreshPage extends HttpServletRequestWrapper {

        FreshPage(HttpServletRequest request) {
            super(request);
        }

        @Override
        public String getMethod() {
            return "GET";
        }

        @Override
        public String getParameter(String name) {
            return CODE.equals(name) ? super.getParameter(name) : null;
        }

        @Override
        public Map<String, String[]> getParameterMap() {
            String[] code = super.getParameterValues(CODE);
            return code == null ? Map.of() : Map.of(CODE, code);
        }

        @Override
        public Enumeration<String> getParameterNames() {
            return Collections.enumeration(getParameterMap().keySet());
        }

        @Override
        public String[] getParameterValues(String name) {
            return CODE.equals(name) ? super.getParameterValues(name) : null;
        }
    }
}
