/**
 * Mistake profiles: reference servers that get CORS wrong on purpose, each a policy plus a small response mutation.
 */
@NullMarked
package dev.corstck.reference.profile;

import org.jspecify.annotations.NullMarked;
