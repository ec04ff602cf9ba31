/**
 * Firefox ESR driven over its built-in WebDriver BiDi endpoint (no geckodriver): launch, a small BiDi connection and
 * the mapping of BiDi events onto the harness's engine seam.
 */
@NullMarked
package dev.corstck.harness.firefox;

import org.jspecify.annotations.NullMarked;
