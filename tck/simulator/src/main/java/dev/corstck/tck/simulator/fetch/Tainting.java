package dev.corstck.tck.simulator.fetch;

/** The request's response tainting (see fetch#concept-request-response-tainting). */
enum Tainting {
    BASIC, CORS, OPAQUE
}
