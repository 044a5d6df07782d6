/**
 * The skill routing debugger: which skill a sample would select, why, and how close the runner-up came;
 * accuracy and a confusion matrix over a labelled sample set; description collisions between skills;
 * and the model's own choices read back from a run's traces. No JavaFX: the studio and the command
 * line share it.
 */
package io.skillstudio.evaluator.routing;
