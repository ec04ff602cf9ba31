/** Rendering explanations: terminal text, JSON (the fixed shape of tck/EXPLAIN.md) and a self-contained HTML page. */
@NullMarked
package dev.corstck.tck.explain.render;

import org.jspecify.annotations.NullMarked;
