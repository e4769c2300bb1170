package dev.redtortoise.platform.messaging;

/**
 * Every queue and topic on the bus. The broker creates an address on first use; producers send to the
 * Artemis address and MDBs listen on it with {@code useJNDI=false}, so no JNDI destinations are needed.
 */
public enum Destination {

    /** "Run the heartbeat now", sent by the console and executed by the orchestration part. */
    HEARTBEAT_REQUESTS(Destinations.HEARTBEAT_REQUESTS, Kind.QUEUE),

    /** "Run this batch job", sent by the console and started by the orchestration part. */
    JOB_REQUESTS(Destinations.JOB_REQUESTS, Kind.QUEUE),

    /** "Restart or stop this execution", sent by the console and carried out by the orchestration part. */
    JOB_CONTROLS(Destinations.JOB_CONTROLS, Kind.QUEUE),

    /** "Content changed": every API instance drops what it has cached of articles, profiles and tags. */
    CONTENT_CHANGES(Destinations.CONTENT_CHANGES, Kind.TOPIC),

    /** "A setting changed": every part of every instance reloads its settings. */
    SETTINGS_CHANGES(Destinations.SETTINGS_CHANGES, Kind.TOPIC),
    /** "A schedule changed": every orchestration instance re-creates its timers from the schedule table. */
    SCHEDULE_CHANGES(Destinations.SCHEDULE_CHANGES, Kind.TOPIC);

    public enum Kind { QUEUE, TOPIC }

    public final String address;
    public final Kind kind;

    Destination(String address, Kind kind) {
        this.address = address;
        this.kind = kind;
    }
}
