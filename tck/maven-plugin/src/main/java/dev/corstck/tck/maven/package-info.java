/**
 * The {@code cors-tck-maven-plugin}: {@code cors-tck grade} as a build step ({@link dev.corstck.tck.maven.GradeMojo},
 * goal {@code grade}). Parameters Maven leaves unset are null (the mojo's optional ones); everything else is
 * non-null.
 */
@NullMarked
package dev.corstck.tck.maven;

import org.jspecify.annotations.NullMarked;
