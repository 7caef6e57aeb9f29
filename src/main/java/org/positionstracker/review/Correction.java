package org.positionstracker.review;

import java.sql.SQLException;
import org.positionstracker.statement.Mode;
import org.positionstracker.topic.Stance;

/**
 * What an analyst's correction says: one record per kind. A statement is changed by
 * {@link OfStatement} corrections, a missed one is {@link Add}ed, and {@link OfActors}
 * corrections join two names of one actor.
 */
public sealed interface Correction permits Correction.OfStatement, Correction.Add, Correction.OfActors {
    Kind kind();

    /** The change in words: "speaker -> Dmitry Peskov", "territory stance -> opposes"... */
    String describe();

    /** A correction of a statement the extractor found. */
    sealed interface OfStatement extends Correction permits Speaker, Topics, StanceOn, Reject {
        /** Hands this correction to the case of {@code cases} for its kind. */
        <R> R match(Cases<R> cases) throws SQLException;
    }

    /** One method per kind of {@link OfStatement}: adding a kind makes every implementation say what it does with it. */
    interface Cases<R> {
        R speaker(Speaker speaker) throws SQLException;

        R topics(Topics topics) throws SQLException;

        R stance(StanceOn stance) throws SQLException;

        R reject(Reject reject) throws SQLException;
    }

    /** The statement was made by this actor (name or alias). */
    record Speaker(String actorName) implements OfStatement {
        public Kind kind() {
            return Kind.SPEAKER;
        }

        public String describe() {
            return "speaker -> " + actorName;
        }

        public <R> R match(Cases<R> cases) throws SQLException {
            return cases.speaker(this);
        }
    }

    /** The statement is on exactly these topics, as {@link TopicList} writes them (empty: on none). */
    record Topics(String topics) implements OfStatement {
        public Topics {
            topics = topics == null ? "" : topics;
        }

        public Kind kind() {
            return Kind.TOPICS;
        }

        public String describe() {
            return topics.isEmpty() ? "topics -> none" : "topics -> " + topics;
        }

        public <R> R match(Cases<R> cases) throws SQLException {
            return cases.topics(this);
        }
    }

    /** The statement takes this stance on this topic (and is on it). */
    record StanceOn(String topicSlug, Stance stance) implements OfStatement {
        public Kind kind() {
            return Kind.STANCE;
        }

        public String describe() {
            return topicSlug + " stance -> " + stance.code();
        }

        public <R> R match(Cases<R> cases) throws SQLException {
            return cases.stance(this);
        }
    }

    /** The extractor's find is not a statement. */
    record Reject() implements OfStatement {
        public Kind kind() {
            return Kind.REJECT;
        }

        public String describe() {
            return "rejected";
        }

        public <R> R match(Cases<R> cases) throws SQLException {
            return cases.reject(this);
        }
    }

    /** A statement the extractor missed: who said it, how, and its topics as {@link TopicList} writes them. */
    record Add(String actorName, Mode mode, String topics) implements Correction {
        public Add {
            topics = topics == null ? "" : topics;
        }

        public Kind kind() {
            return Kind.ADD;
        }

        public String describe() {
            return "added: " + mode.code() + " by " + actorName + (topics.isEmpty() ? "" : ", topics " + topics);
        }
    }

    /** Two names of one actor: statements and members of the actor named {@link #joined} go to the one named {@link #kept}. */
    sealed interface OfActors extends Correction permits Merge, Alias {
        String kept();

        String joined();

        /** The actor the correction is about, as the log names it: the one merged away, the one given an alias. */
        String about();
    }

    /** The actor {@code from} is the actor {@code into}; its name becomes an alias. */
    record Merge(String from, String into) implements OfActors {
        public Kind kind() {
            return Kind.MERGE;
        }

        public String describe() {
            return "merged into " + into;
        }

        public String kept() {
            return into;
        }

        public String joined() {
            return from;
        }

        public String about() {
            return from;
        }
    }

    /** {@code alias} is another name of {@code actor}. */
    record Alias(String actor, String alias) implements OfActors {
        public Kind kind() {
            return Kind.ALIAS;
        }

        public String describe() {
            return "alias \"" + alias + "\"";
        }

        public String kept() {
            return actor;
        }

        public String joined() {
            return alias;
        }

        public String about() {
            return actor;
        }
    }
}
