package vn.baocao.answer.extractive;

import java.util.Optional;
import java.util.function.Predicate;
import vn.baocao.report.Passage;
import vn.baocao.report.ReportInfo;
import vn.baocao.search.ConferenceRecords;
import vn.baocao.text.Sentences;

/**
 * The sentences of a report's first passages, where ingest read its meeting's day and venue: a sentence
 * giving them there carries none of a question's words when they all name the meeting ("b) Địa điểm: …").
 */
final class Openings {
    /** How many of a report's first passages are read: its lead, and an official report's preamble and facts. */
    private static final int PASSAGES = 8;

    /** A sentence of a report's first passages, with its passage. */
    record Found(Passage passage, String sentence) {
    }

    private Openings() {
    }

    /** The first sentence of {@code report}'s first passages that {@code wanted} accepts; empty if none does. */
    static Optional<Found> first(ConferenceRecords records, ReportInfo report, Predicate<String> wanted) {
        for (int ordinal = 0; ordinal < PASSAGES; ordinal++) {
            Optional<Passage> opening = records.passage(report, ordinal);
            Optional<String> sentence = opening.stream().flatMap(p -> Sentences.split(p.text()).stream())
                    .filter(wanted).findFirst();
            if (sentence.isPresent()) {
                return Optional.of(new Found(opening.get(), sentence.get()));
            }
        }
        return Optional.empty();
    }
}
