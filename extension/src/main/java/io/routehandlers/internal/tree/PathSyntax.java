package io.routehandlers.internal.tree;

import io.routehandlers.internal.http.PercentDecoding;
import io.routehandlers.internal.tree.PathSyntaxException.Reason;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** Parses the Next.js folder syntax of {@code @Route} paths. */
public final class PathSyntax {

    private PathSyntax() {}

    /**
     * Parses a declared path such as {@code /(shop)/items/[slug]}.
     *
     * @throws PathSyntaxException for the first segment that is not valid
     */
    public static RoutePath parse(String declared) {
        if (declared == null || !declared.startsWith("/")) {
            throw new PathSyntaxException(String.valueOf(declared), String.valueOf(declared), Reason.NOT_ABSOLUTE);
        }
        List<Segment> segments = new ArrayList<>();
        Set<String> names = new HashSet<>();
        String[] raw =
                declared.equals("/") ? new String[0] : declared.substring(1).split("/", -1);
        for (int i = 0; i < raw.length; i++) {
            String text = raw[i];
            if (isGroup(text)) {
                continue;
            }
            Segment segment = parseSegment(declared, text);
            if (segment.isCatchAll() && !onlyGroupsAfter(raw, i)) {
                throw new PathSyntaxException(declared, text, Reason.CATCH_ALL_NOT_LAST);
            }
            if (segment.paramName() != null && !names.add(segment.paramName())) {
                throw new PathSyntaxException(declared, text, Reason.DUPLICATE_PARAM);
            }
            segments.add(segment);
        }
        return new RoutePath(declared, segments);
    }

    private static boolean onlyGroupsAfter(String[] raw, int index) {
        for (int j = index + 1; j < raw.length; j++) {
            if (!isGroup(raw[j])) {
                return false;
            }
        }
        return true;
    }

    private static boolean isGroup(String text) {
        return text.length() > 2
                && text.startsWith("(")
                && text.endsWith(")")
                && text.indexOf('[') < 0
                && text.indexOf(']') < 0;
    }

    private static Segment parseSegment(String path, String text) {
        if (text.isEmpty()) {
            throw new PathSyntaxException(path, text, Reason.EMPTY_SEGMENT);
        }
        if (text.indexOf('\u2026') >= 0) {
            throw new PathSyntaxException(path, text, Reason.UNICODE_ELLIPSIS);
        }
        boolean brackets = text.indexOf('[') >= 0 || text.indexOf(']') >= 0;
        if (!brackets) {
            if (text.startsWith("_")) {
                throw new PathSyntaxException(path, text, Reason.PRIVATE_SEGMENT);
            }
            try {
                return new Segment.Static(PercentDecoding.decodePathSegment(text));
            } catch (PercentDecoding.MalformedEscapeException e) {
                throw new PathSyntaxException(path, text, Reason.MALFORMED_ESCAPE);
            }
        }
        if (text.startsWith("[[") && text.endsWith("]]")) {
            String inner = text.substring(2, text.length() - 2);
            if (inner.indexOf('[') >= 0 || inner.indexOf(']') >= 0) {
                throw new PathSyntaxException(path, text, Reason.EXTRA_BRACKETS);
            }
            if (!inner.startsWith("...")) {
                throw new PathSyntaxException(
                        path, text, inner.isEmpty() ? Reason.EMPTY_NAME : Reason.MISSING_ELLIPSIS);
            }
            return new Segment.OptionalCatchAll(name(path, text, inner.substring(3)));
        }
        if (text.startsWith("[") && text.endsWith("]")) {
            String inner = text.substring(1, text.length() - 1);
            if (inner.startsWith("...")) {
                return new Segment.CatchAll(name(path, text, inner.substring(3)));
            }
            return new Segment.Dynamic(name(path, text, inner));
        }
        throw new PathSyntaxException(path, text, Reason.EXTRA_BRACKETS);
    }

    private static String name(String path, String text, String name) {
        if (name.isEmpty()) {
            throw new PathSyntaxException(path, text, Reason.EMPTY_NAME);
        }
        if (name.indexOf('[') >= 0 || name.indexOf(']') >= 0 || name.startsWith(".")) {
            throw new PathSyntaxException(path, text, Reason.EXTRA_BRACKETS);
        }
        return name;
    }
}
