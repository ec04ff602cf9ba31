/**
 * A Jakarta Servlet filter that applies a {@code CorsPolicy}, for Tomcat, Jetty and Spring applications.
 */
@NullMarked
package dev.corstck.reference.servlet;

import org.jspecify.annotations.NullMarked;
