package org.positionstracker.db;

import java.security.SecureRandom;
import java.util.Base64;

/**
 * The passwords of an H2 database the tracker manages: its admin's (null when the admin's
 * password is given by {@code TRACKER_DB_PASSWORD} instead) and its read-only user's.
 */
record Credentials(String adminUser, String adminPassword, String readerPassword) {
    private static final SecureRandom RANDOM = new SecureRandom();

    Credentials {
        if (readerPassword == null || readerPassword.isEmpty()) throw new IllegalArgumentException("the reader's password is missing");
        if ((adminUser == null) != (adminPassword == null)) throw new IllegalArgumentException("the admin's user and password go together");
    }

    /** New random passwords for the admin {@code adminUser} and the reader. */
    static Credentials generate(String adminUser) {
        return new Credentials(adminUser, newPassword(), newPassword());
    }

    /** A new random password for the reader only (the admin's is someone else's business). */
    static Credentials generateReaderOnly() {
        return new Credentials(null, null, newPassword());
    }

    boolean hasAdmin() {
        return adminPassword != null;
    }

    /** 192 random bits, URL-safe Base64: no quote or semicolon to escape anywhere. */
    static String newPassword() {
        byte[] bytes = new byte[24];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    @Override
    public String toString() {
        return "Credentials[admin " + adminUser + ", passwords hidden]";
    }
}
