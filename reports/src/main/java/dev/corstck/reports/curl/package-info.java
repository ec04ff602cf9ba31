/**
 * Copy-paste {@code curl} commands generated from recorded exchanges, shell-quoted for bash and zsh.
 */
@NullMarked
package dev.corstck.reports.curl;

import org.jspecify.annotations.NullMarked;
