/** Rendering explanations: terminal text, JSON (the shape fixed in design.md) and a self-contained HTML page. */
@NullMarked
package dev.corstck.tck.explain.render;

import org.jspecify.annotations.NullMarked;
