package io.skillstudio.evaluator.versions;

/**
 * A checklist item whose result differs between the two versions for one response.
 *
 * @param before {@code pass}, {@code fail}, {@code unscored:<reason>}, or {@code absent} when the item did
 *     not exist in that version
 */
public record ItemFlip(int response, String item, String before, String after) {}
