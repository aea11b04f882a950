package dev.gateway.upstream.pricing;

import java.util.List;

/** Wire type: pricing's 422 answer, the skus it does not know. */
public record UnknownSkusReply(List<String> unknown) {
}
