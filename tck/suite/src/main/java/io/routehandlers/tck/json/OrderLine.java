package io.routehandlers.tck.json;

/** A line of an order, written by a route and a Jakarta REST resource alike. */
public record OrderLine(String productName, int unitCount, String giftNote) {}
