/**
 * The demonstrations: "browser enforcement vs curl" side by side for the seed guide's mistakes, and the kit's main
 * job on the embedded reference target (correct and mistaken) with a comparison report.
 */
@NullMarked
package dev.corstck.tck.demo;

import org.jspecify.annotations.NullMarked;
