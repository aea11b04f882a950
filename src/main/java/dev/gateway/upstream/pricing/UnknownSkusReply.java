package dev.gateway.upstream.pricing;

import java.util.List;

import io.quarkus.runtime.annotations.RegisterForReflection;

/** Wire type: pricing's 422 answer, the skus it does not know. */
@RegisterForReflection
public record UnknownSkusReply(List<String> unknown) {
}
