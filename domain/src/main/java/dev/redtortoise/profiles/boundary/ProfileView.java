package dev.redtortoise.profiles.boundary;

import dev.redtortoise.profiles.entity.Profile;

/** A profile as one viewer sees it: whether they follow it. */
public record ProfileView(Profile profile, boolean following) {
}
