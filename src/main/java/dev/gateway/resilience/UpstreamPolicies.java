package dev.gateway.resilience;

import java.util.Map;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithParentName;

/** Every upstream's policy, keyed by upstream name: {@code checkout.upstreams.<name>.*}. */
@ConfigMapping(prefix = "checkout.upstreams")
public interface UpstreamPolicies {

    /** Policies by upstream name ({@code pricing}, {@code inventory}, {@code profile}). */
    @WithParentName
    Map<String, UpstreamPolicy> byName();
}
