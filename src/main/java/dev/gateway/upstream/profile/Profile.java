package dev.gateway.upstream.profile;

/** Wire type: the profile service's answer. */
public record Profile(String userId, String name, String tier) {
}
