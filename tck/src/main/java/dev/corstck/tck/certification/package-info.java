/**
 * The certification matrix ({@code cors-tck certify}): read each {@code certification/<name>/implementation.yaml},
 * build and start the implementation on a loopback port, grade each of its configurations in the chosen engines
 * through one shared browser harness, stop it with its whole process tree, and write {@code certification.json}
 * and the matrix page. The folder contract is {@code certification/APPS.md}; the output schema is
 * {@code certification/README.md}.
 */
@NullMarked
package dev.corstck.tck.certification;

import org.jspecify.annotations.NullMarked;
