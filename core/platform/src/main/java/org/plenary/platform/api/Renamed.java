package org.plenary.platform.api;

import org.plenary.platform.validation.Problem;
import org.plenary.platform.validation.Refused;

import java.util.Comparator;
import java.util.Map;

/**
 * Problems named as the API's JSON names its fields: a form's cross-field checks ({@code isDatesInOrder()} and the
 * like) are reported by Bean Validation under their own names, which mean nothing to a client.
 */
final class Renamed {

    private Renamed() {
    }

    static Refused fields(Refused refused, Map<String, String> names) {
        return new Refused(refused.problems().stream()
                .map(p -> new Problem(names.getOrDefault(p.field(), p.field()), p.message()))
                .sorted(Comparator.comparing(Problem::field)).toList());
    }
}
