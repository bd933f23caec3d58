package dev.inkstone.common.http;

import java.lang.annotation.Annotation;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.lang.reflect.Parameter;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;

import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.HttpMethod;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ResourceInfo;

import org.jboss.resteasy.reactive.RestQuery;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

import dev.inkstone.common.error.ApiException;

/**
 * A query parameter that an API GET does not read is a 400 naming it: {@code ?colour=red} or {@code ?perpage=5}
 * must not answer as if it were not there. The names a resource method reads come from its {@code @QueryParam} and
 * {@code @RestQuery} parameters and the fields of its {@code @BeanParam}s, found once per method. Runs before the
 * response cache, so a typo is never answered from memory.
 */
public class UnknownQueryParameters {

    private final Map<Method, Set<String>> known = new ConcurrentHashMap<>();

    @ServerRequestFilter(nonBlocking = true, priority = Priorities.USER - 100)
    public void rejectUnknown(ContainerRequestContext request, ResourceInfo resource) {
        Method method = resource.getResourceMethod();
        String path = request.getUriInfo().getPath();
        if (method == null || !HttpMethod.GET.equals(request.getMethod())
                || !(path.startsWith("/api/") || path.startsWith("/feeds/") || path.startsWith("/sitemap"))) {
            return;
        }
        Set<String> names = known.computeIfAbsent(method, UnknownQueryParameters::namesRead);
        for (String name : new TreeSet<>(request.getUriInfo().getQueryParameters().keySet())) {
            if (!names.contains(name)) {
                throw ApiException.badParameter(name, "unknown query parameter '" + name + "'"
                        + (names.isEmpty() ? "; this endpoint takes none" : "; known: " + String.join(", ",
                                new TreeSet<>(names))));
            }
        }
    }

    static Set<String> namesRead(Method method) {
        Set<String> names = new TreeSet<>();
        for (Parameter parameter : method.getParameters()) {
            addName(names, parameter.getAnnotations(), parameter.getName());
            if (parameter.isAnnotationPresent(BeanParam.class)) {
                addBeanNames(names, parameter.getType());
            }
        }
        return Set.copyOf(names);
    }

    private static void addBeanNames(Set<String> names, Class<?> bean) {
        for (Class<?> type = bean; type != null && type != Object.class; type = type.getSuperclass()) {
            for (Field field : type.getDeclaredFields()) {
                addName(names, field.getAnnotations(), field.getName());
                if (field.isAnnotationPresent(BeanParam.class)) {
                    addBeanNames(names, field.getType());
                }
            }
        }
    }

    private static void addName(Set<String> names, Annotation[] annotations, String javaName) {
        for (Annotation annotation : annotations) {
            if (annotation instanceof QueryParam query) {
                names.add(query.value());
            } else if (annotation instanceof RestQuery query) {
                names.add(query.value().isEmpty() ? javaName : query.value());
            }
        }
    }
}
