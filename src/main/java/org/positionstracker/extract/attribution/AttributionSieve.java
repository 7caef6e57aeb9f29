package org.positionstracker.extract.attribution;

import java.util.Optional;

/**
 * One pattern that may tell who said a quotation of speech. Sieves run in the order of
 * {@link AttributionSieves#DEFAULT}; the first that answers wins, and its {@link #name()} is stored
 * as the statement's rule.
 */
public interface AttributionSieve {
    /** Short, stable, kebab-case: stored with every statement the sieve produces. */
    String name();

    /** The attribution, or empty when this pattern does not apply to the quotation. */
    Optional<Attribution> attribute(SieveInput in);
}
