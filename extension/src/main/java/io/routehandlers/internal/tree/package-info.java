/** Internal: route path syntax and the segment tree that matches request paths. */
package io.routehandlers.internal.tree;
