package org.positionstracker.extract.attribution;

import java.util.Optional;

/** The last resort: speech whose speaker cannot be told is kept, with no speaker. */
public final class UnattributedSieve implements AttributionSieve {
    @Override
    public String name() {
        return "unattributed-quote";
    }

    @Override
    public Optional<Attribution> attribute(SieveInput in) {
        return Optional.of(Attribution.UNKNOWN);
    }
}
