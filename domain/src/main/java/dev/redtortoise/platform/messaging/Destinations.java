package dev.redtortoise.platform.messaging;

/** The addresses as compile-time constants, for MDB annotations (an enum field is not a constant expression). */
public final class Destinations {

    public static final String HEARTBEAT_REQUESTS = "rt.heartbeat.requests";
    public static final String CONTENT_CHANGES = "rt.content.changes";
    public static final String JOB_REQUESTS = "rt.job.requests";
    public static final String JOB_CONTROLS = "rt.job.controls";
    public static final String SETTINGS_CHANGES = "rt.settings.changes";
    public static final String SCHEDULE_CHANGES = "rt.schedule.changes";

    /** Resource adapter of the MDBs: the standalone RAR on Payara Micro, the EAR's connector module on Server. */
    public static final String RESOURCE_ADAPTER = "${rt.jms.resource-adapter}";

    private Destinations() {
    }
}
