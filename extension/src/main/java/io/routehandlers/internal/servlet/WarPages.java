package io.routehandlers.internal.servlet;

import jakarta.servlet.ServletContext;
import jakarta.servlet.ServletRegistration;
import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.HttpMethod;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.Application;
import java.lang.annotation.Annotation;
import java.lang.reflect.Method;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What the WAR itself serves, found at startup: static files and welcome files, exact servlet mappings,
 * and the URL templates of its Jakarta REST resources. Keys are URLs below the context root (templates
 * with {@code {x}} written as {@code [*]}); values say what the page is, for messages.
 */
final class WarPages {

    private static final List<String> WELCOME_FILES = List.of("index.html", "index.htm", "index.jsp");

    private final Map<String, String> exact = new LinkedHashMap<>();
    private final Map<String, String> templates = new LinkedHashMap<>();

    /** The static URLs (files, welcome directories, exact servlet mappings), with what serves them. */
    Map<String, String> exact() {
        return exact;
    }

    /** The Jakarta REST resource templates in {@code [*]} form, with the resource that declares them. */
    Map<String, String> templates() {
        return templates;
    }

    static WarPages scan(ServletContext context, Collection<Class<?>> restClasses) {
        WarPages pages = new WarPages();
        pages.addResources(context, "/");
        for (ServletRegistration servlet : context.getServletRegistrations().values()) {
            for (String mapping : servlet.getMappings()) {
                if (mapping.startsWith("/") && mapping.length() > 1 && !mapping.contains("*")) {
                    pages.exact.putIfAbsent(mapping, "servlet " + servlet.getClassName() + " (" + mapping + ")");
                }
            }
        }
        pages.addRestResources(restClasses);
        return pages;
    }

    private void addResources(ServletContext context, String dir) {
        Set<String> paths = context.getResourcePaths(dir);
        if (paths == null) {
            return;
        }
        for (String path : paths) {
            if (path.startsWith("/WEB-INF/") || path.startsWith("/META-INF/")) {
                continue;
            }
            if (path.endsWith("/")) {
                addResources(context, path);
                continue;
            }
            exact.putIfAbsent(path, "file " + path);
            String name = path.substring(path.lastIndexOf('/') + 1);
            if (WELCOME_FILES.contains(name)) {
                String parent = path.substring(0, path.length() - name.length());
                exact.putIfAbsent(
                        parent.length() > 1 ? parent.substring(0, parent.length() - 1) : parent,
                        "welcome file " + path);
            }
        }
    }

    private void addRestResources(Collection<Class<?>> restClasses) {
        List<String> applicationPaths = restClasses.stream()
                .filter(c -> Application.class.isAssignableFrom(c) && c.isAnnotationPresent(ApplicationPath.class))
                .map(c -> c.getAnnotation(ApplicationPath.class).value())
                .toList();
        for (Class<?> resource : restClasses) {
            Path path = resource.getAnnotation(Path.class);
            if (path == null || resource.isInterface()) {
                continue;
            }
            for (String application : applicationPaths) {
                String base = join(application, path.value());
                addTemplate(base, "Jakarta REST resource " + resource.getName() + " (" + base + ")");
                for (Method method : resource.getMethods()) {
                    Path sub = method.getAnnotation(Path.class);
                    if (sub != null && isResourceMethod(method)) {
                        String full = join(base, sub.value());
                        addTemplate(
                                full,
                                "Jakarta REST resource " + resource.getName() + "#" + method.getName() + " (" + full
                                        + ")");
                    }
                }
            }
        }
    }

    /** A template without {@code {x}} is also an exact page, which dynamic routes do not take. */
    private void addTemplate(String path, String what) {
        String shape = template(path);
        templates.putIfAbsent(shape, what);
        if (!shape.contains("[*]")) {
            exact.putIfAbsent(shape, what);
        }
    }

    private static boolean isResourceMethod(Method method) {
        for (Annotation a : method.getAnnotations()) {
            if (a.annotationType().isAnnotationPresent(HttpMethod.class)) {
                return true;
            }
        }
        return false;
    }

    private static String join(String a, String b) {
        String left = a.endsWith("/") ? a.substring(0, a.length() - 1) : a;
        String right = b.startsWith("/") ? b : "/" + b;
        String joined = (left.startsWith("/") || left.isEmpty() ? left : "/" + left) + right;
        return joined.length() > 1 && joined.endsWith("/") ? joined.substring(0, joined.length() - 1) : joined;
    }

    /** {@code /items/{id: [0-9]+}} becomes {@code /items/[*]}. */
    static String template(String path) {
        StringBuilder out = new StringBuilder();
        for (String segment : path.split("/", -1)) {
            if (!out.isEmpty() || !segment.isEmpty()) {
                out.append('/');
            }
            out.append(segment.startsWith("{") && segment.endsWith("}") ? "[*]" : segment);
        }
        return out.isEmpty() ? "/" : out.toString().replace("//", "/");
    }
}
