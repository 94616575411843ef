package kz.rudny.cabinet.domain.security;

import jakarta.annotation.Priority;
import jakarta.inject.Inject;
import jakarta.interceptor.AroundInvoke;
import jakarta.interceptor.Interceptor;
import jakarta.interceptor.InvocationContext;
import java.lang.reflect.Method;
import java.util.Arrays;
import kz.rudny.cabinet.domain.errors.AccessDeniedException;

/** Refuses a boundary call unless the signed-in account holds one of the allowed roles. */
@Allowed
@Interceptor
@Priority(Interceptor.Priority.PLATFORM_BEFORE + 100)
public class AllowedInterceptor {

    @Inject
    CurrentCaller caller;

    @AroundInvoke
    public Object check(InvocationContext context) throws Exception {
        Method method = context.getMethod();
        Allowed allowed = method.getAnnotation(Allowed.class);
        if (allowed == null) {
            allowed = method.getDeclaringClass().getAnnotation(Allowed.class);
        }
        if (allowed == null) {
            allowed = context.getTarget().getClass().getAnnotation(Allowed.class);
        }
        if (!caller.isSignedIn()) {
            throw new AccessDeniedException("Not signed in: " + method.getName());
        }
        Role[] roles = allowed == null ? new Role[0] : allowed.value();
        if (roles.length > 0 && Arrays.stream(roles).noneMatch(caller::has)) {
            throw new AccessDeniedException(caller.getUsername() + " may not call " + method.getName());
        }
        return context.proceed();
    }
}
