package org.positionstracker.extract.label;

/** One occurrence of a topic in a statement: a keyword, or a back-reference to a document, at words [from, to). */
record TopicHit(String slug, int from, int to) {
}
