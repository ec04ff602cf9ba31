/**
 * Discovery: which classes the engine runs and with which settings (annotation, then configuration parameters);
 * problems become discovery issues with their file and line.
 */
@NullMarked
package dev.corstck.tck.engine.discovery;

import org.jspecify.annotations.NullMarked;
