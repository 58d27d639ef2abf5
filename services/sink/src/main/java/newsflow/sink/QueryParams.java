package newsflow.sink;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Strict reading of an endpoint's query parameters: a parameter the endpoint does not know, one given twice, a
 * number out of range or a value not among the allowed ones is an {@link IllegalArgumentException}, which the API
 * answers with 400 and {@code {"error": "…"}}.
 */
final class QueryParams {
    private final Map<String, List<String>> params;

    private QueryParams(Map<String, List<String>> params) {
        this.params = params;
    }

    static QueryParams of(Map<String, List<String>> params, String... known) {
        Set<String> allowed = Set.of(known);
        Set<String> unknown = new TreeSet<>(params.keySet());
        unknown.removeAll(allowed);
        if (!unknown.isEmpty()) {
            throw new IllegalArgumentException("unknown parameter " + String.join(", ", unknown)
                    + (allowed.isEmpty() ? "; this endpoint takes none" : "; allowed: " + String.join(", ", new TreeSet<>(allowed))));
        }
        params.forEach((name, values) -> {
            if (values.size() > 1) {
                throw new IllegalArgumentException("parameter " + name + " is given more than once");
            }
        });
        return new QueryParams(params);
    }

    private String raw(String name) {
        List<String> values = params.get(name);
        return values == null || values.isEmpty() ? null : values.get(0);
    }

    int integer(String name, int fallback, int min, int max) {
        String v = raw(name);
        if (v == null) {
            return fallback;
        }
        try {
            int n = Integer.parseInt(v.strip());
            if (n >= min && n <= max) {
                return n;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new IllegalArgumentException(name + " must be an integer from " + min + " to " + max + ", not '" + shown(v) + "'");
    }

    String choice(String name, String fallback, List<String> allowed) {
        String v = raw(name);
        if (v == null) {
            if (fallback == null) {
                throw new IllegalArgumentException(name + " is required: one of " + String.join(", ", allowed));
            }
            return fallback;
        }
        if (!allowed.contains(v)) {
            throw new IllegalArgumentException(name + " must be one of " + String.join(", ", allowed) + ", not '" + shown(v) + "'");
        }
        return v;
    }

    /** An ISO date ({@code 2020-08-24}), or null when absent. */
    LocalDate date(String name) {
        String v = raw(name);
        if (v == null) {
            return null;
        }
        try {
            LocalDate d = LocalDate.parse(v.strip());
            if (d.getYear() >= 1000 && d.getYear() <= 9999) {
                return d;
            }
        } catch (DateTimeParseException e) {
            // reported below
        }
        throw new IllegalArgumentException(name + " must be a date as YYYY-MM-DD, not '" + shown(v) + "'");
    }

    private static String shown(String v) {
        return v.length() > 40 ? v.substring(0, 40) + "…" : v;
    }
}
