package io.skillstudio.evaluator.constraints;

import io.skillstudio.model.load.PathOrder;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.List;
import java.util.Objects;

/**
 * Python's ordering for the values {@code between} receives: numbers of any kind (bool, int, float)
 * compare exactly with each other, strings by code point, lists element by element; anything else
 * is a {@code TypeError}, reported as {@link IllegalArgumentException}.
 */
final class PyCompare {

    private PyCompare() {}

    /** {@code between(value, low, high, inclusive)} as upstream: each bound optional. */
    static boolean between(Object value, Object low, Object high, boolean inclusive) {
        if (low != null && (inclusive ? less(value, low) : !less(low, value))) {
            return false;
        }
        return high == null || !(inclusive ? less(high, value) : !less(value, high));
    }

    /** {@code a < b} in Python; NaN makes every comparison false. */
    static boolean less(Object a, Object b) {
        if (isNumber(a) && isNumber(b)) {
            double da = toDouble(a);
            double db = toDouble(b);
            if (Double.isNaN(da) || Double.isNaN(db)) {
                return false;
            }
            return compareNumbers(a, b) < 0;
        }
        if (a instanceof String sa && b instanceof String sb) {
            return compareCodePoints(sa, sb) < 0;
        }
        if (a instanceof List<?> la && b instanceof List<?> lb) {
            for (int i = 0; i < Math.min(la.size(), lb.size()); i++) {
                Object x = la.get(i);
                Object y = lb.get(i);
                if (!equal(x, y)) {
                    return less(x, y);
                }
            }
            return la.size() < lb.size();
        }
        throw new IllegalArgumentException(
                "TypeError: '<' not supported between instances of " + typeName(a) + " and " + typeName(b));
    }

    private static boolean equal(Object x, Object y) {
        if (isNumber(x) && isNumber(y)) {
            double dx = toDouble(x);
            return !Double.isNaN(dx) && !Double.isNaN(toDouble(y)) && compareNumbers(x, y) == 0;
        }
        return Objects.equals(x, y);
    }

    static boolean isNumber(Object o) {
        return o instanceof Number || o instanceof Boolean;
    }

    private static double toDouble(Object o) {
        return o instanceof Boolean b ? (b ? 1 : 0) : ((Number) o).doubleValue();
    }

    private static int compareNumbers(Object a, Object b) {
        double da = toDouble(a);
        double db = toDouble(b);
        if (Double.isInfinite(da) || Double.isInfinite(db)) {
            return Double.compare(da, db);
        }
        return exact(a).compareTo(exact(b));
    }

    private static BigDecimal exact(Object o) {
        if (o instanceof Boolean b) {
            return b ? BigDecimal.ONE : BigDecimal.ZERO;
        }
        if (o instanceof BigDecimal d) {
            return d;
        }
        if (o instanceof BigInteger i) {
            return new BigDecimal(i);
        }
        if (o instanceof Double || o instanceof Float) {
            return new BigDecimal(((Number) o).doubleValue());
        }
        return BigDecimal.valueOf(((Number) o).longValue());
    }

    /** Python compares str by code point, which is {@link PathOrder#CODE_POINT}'s order. */
    static int compareCodePoints(String a, String b) {
        return PathOrder.CODE_POINT.compare(a, b);
    }

    private static String typeName(Object o) {
        if (o == null) {
            return "'NoneType'";
        }
        if (o instanceof String) {
            return "'str'";
        }
        if (o instanceof List) {
            return "'list'";
        }
        return "'" + o.getClass().getSimpleName() + "'";
    }
}
