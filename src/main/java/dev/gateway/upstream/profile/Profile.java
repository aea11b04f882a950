package dev.gateway.upstream.profile;

import io.quarkus.runtime.annotations.RegisterForReflection;

/** Wire type: the profile service's answer. */
@RegisterForReflection
public record Profile(String userId, String name, String tier) {
}
