/**
 * What a server intends to allow: the validated {@code CorsPolicy}, its builder, its YAML file form, and the typed
 * problems that refuse an insecure or malformed policy.
 */
@NullMarked
package dev.corstck.reference.policy;

import org.jspecify.annotations.NullMarked;
