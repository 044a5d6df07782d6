package io.skillstudio.evaluator.constraints;

import java.util.Arrays;

/** {@code balanced_brackets}: a stack over {@code ()[]{}} only; quotes and other pairs are ignored. */
final class Brackets {

    private Brackets() {}

    /**
     * The UTF-16 index of the first closing bracket that breaks the balance, or of the innermost
     * bracket still open at the end, or -1 when balanced.
     */
    static int firstProblem(String t) {
        char[] stack = new char[16];
        int[] where = new int[16];
        int depth = 0;
        for (int i = 0; i < t.length(); i++) {
            char c = t.charAt(i);
            if (c == '(' || c == '[' || c == '{') {
                if (depth == stack.length) {
                    stack = Arrays.copyOf(stack, depth * 2);
                    where = Arrays.copyOf(where, depth * 2);
                }
                stack[depth] = c;
                where[depth++] = i;
            } else if (c == ')' || c == ']' || c == '}') {
                char open = c == ')' ? '(' : c == ']' ? '[' : '{';
                if (depth == 0 || stack[depth - 1] != open) {
                    return i;
                }
                depth--;
            }
        }
        return depth == 0 ? -1 : where[depth - 1];
    }
}
