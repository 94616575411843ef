package kz.rudny.cabinet.domain.it.support;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * Keeps the HTTP request and response that runs the current in-container test (Arquillian's servlet
 * protocol), because SecurityContext.authenticate needs both and CDI offers no HttpServletResponse bean.
 */
@WebFilter("/*")
public class CurrentExchange implements Filter {

    private static final ThreadLocal<HttpServletRequest> REQUEST = new ThreadLocal<>();
    private static final ThreadLocal<HttpServletResponse> RESPONSE = new ThreadLocal<>();

    @Override
    public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        REQUEST.set((HttpServletRequest) request);
        RESPONSE.set((HttpServletResponse) response);
        try {
            chain.doFilter(request, response);
        } finally {
            REQUEST.remove();
            RESPONSE.remove();
        }
    }

    public static HttpServletRequest request() {
        return require(REQUEST.get());
    }

    public static HttpServletResponse response() {
        return require(RESPONSE.get());
    }

    private static <T> T require(T value) {
        if (value == null) {
            throw new IllegalStateException("Not inside an HTTP request that passed " + CurrentExchange.class.getSimpleName());
        }
        return value;
    }
}
