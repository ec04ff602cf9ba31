/**
 * The grading kit's policy file: the CORS policy in Express {@code cors} option names (loaded by the reference
 * implementation's {@code PolicyFile}) plus {@code endpoints}, the calls a legitimate client makes.
 */
@NullMarked
package dev.corstck.tck.policy;

import org.jspecify.annotations.NullMarked;
