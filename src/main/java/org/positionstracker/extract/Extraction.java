package org.positionstracker.extract;

import java.util.List;

/**
 * What the extractor found in one article: its statements in text order, and every actor they
 * name as speaker (codebook actors and discovered ones), each once, with the actors they speak
 * for listed before them.
 */
public record Extraction(List<ExtractedStatement> statements, List<SpeakerRef> actors) {
    public Extraction {
        statements = List.copyOf(statements);
        actors = List.copyOf(actors);
    }
}
