package dev.gateway.simulator;

import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The simulated customers: {@value #SIZE} users, {@code u-0} to {@code u-9999} (no leading zeros). Name and tier
 * follow from the user's number {@code n}:
 *
 * <pre>
 *   name = FIRST[n mod 20] + " " + LAST[(n / 20) mod 20]
 *   tier = by n mod 10:  0-3 bronze,  4-6 silver,  7-8 gold,  9 platinum
 * </pre>
 *
 * Stateless and safe to share.
 */
public final class UserDirectory {

    /** Number of known users. */
    public static final int SIZE = 10_000;

    private static final Pattern USER_ID = Pattern.compile("u-(0|[1-9]\\d{0,8})");
    private static final List<String> FIRST = List.of(
            "Ada", "Bram", "Chiara", "Dmitri", "Esme", "Farid", "Greta", "Hiro", "Ines", "Jonas",
            "Kalani", "Lena", "Mateo", "Noor", "Oskar", "Priya", "Quinn", "Rosa", "Sven", "Tala");
    private static final List<String> LAST = List.of(
            "Abara", "Brandt", "Castell", "Dufour", "Eklund", "Ferreira", "Gallo", "Haas", "Ivers", "Jaramillo",
            "Kowal", "Lindqvist", "Moreau", "Nakamura", "Okafor", "Pereira", "Quist", "Rahman", "Sato", "Tamm");
    private static final List<String> TIER_BY_LAST_DIGIT = List.of(
            "bronze", "bronze", "bronze", "bronze", "silver", "silver", "silver", "gold", "gold", "platinum");

    /**
     * A known user's profile.
     *
     * @param userId the id asked for, such as {@code u-1042}
     * @param name   display name
     * @param tier   one of bronze, silver, gold, platinum
     */
    public record Profile(String userId, String name, String tier) {
    }

    /** The profile of a known user, or empty for anyone else. */
    public Optional<Profile> find(String userId) {
        if (userId == null || !USER_ID.matcher(userId).matches()) {
            return Optional.empty();
        }
        int number = Integer.parseInt(userId.substring(2));
        return number < SIZE ? Optional.of(profileOf(userId, number)) : Optional.empty();
    }

    private static Profile profileOf(String userId, int number) {
        String name = FIRST.get(number % FIRST.size()) + " " + LAST.get(number / FIRST.size() % LAST.size());
        return new Profile(userId, name, TIER_BY_LAST_DIGIT.get(number % 10));
    }
}
