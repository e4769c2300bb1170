/**
 * Geo-blocking at the door of every part: the client's country from an offline database (DB-IP's country
 * lite database, CC-BY-4.0, read with MaxMind's MMDB reader), the client's address from the socket or, only
 * behind a trusted proxy, from {@code X-Forwarded-For}; the policy (allow- or deny-list of countries, unknown
 * addresses, exempt paths and networks) in PostgreSQL, changed by staff with an audit entry and picked up by
 * every part within seconds; counts of blocked requests per country and day for the dashboard.
 */
package dev.redtortoise.geoblock;
