package dev.gateway.upstream.profile;

/**
 * Who is checking out.
 *
 * @param userId the user
 * @param name the display name, {@code null} for a guest
 * @param tier the loyalty tier, {@code guest} when unknown or when profile could not answer
 * @param fallback true when profile could not answer and the guest stands in for the real profile
 */
public record Customer(String userId, String name, String tier, boolean fallback) {

    /** The tier of a customer without a profile. */
    public static final String GUEST = "guest";

    static Customer guest(String userId, boolean fallback) {
        return new Customer(userId, null, GUEST, fallback);
    }
}
