package vn.baocao.answer.extractive;

import java.util.List;
import java.util.Optional;
import vn.baocao.answer.AnswerKind;
import vn.baocao.answer.CitationBook;
import vn.baocao.answer.Outcome;
import vn.baocao.search.ConferenceRecords;
import vn.baocao.search.Form;
import vn.baocao.search.Intent;

/**
 * Answers a question that wants one kind of fact — a person, a date, a place, a number, a role, what
 * someone said about a topic — in the shape of that fact, from the evidence. When the evidence lacks
 * the fact: a date, a place, a number or a role that no sentence gives is refused (a sentence without
 * it would look like an answer and not be one); anything else passes to the general evidence.
 */
final class ShapeRoute implements Route {
    private final ConferenceRecords records;
    private final RefusalPolicy policy;

    ShapeRoute(ConferenceRecords records, RefusalPolicy policy) {
        this.records = records;
        this.policy = policy;
    }

    @Override
    public Outcome answer(Intent intent, Findings findings) {
        Optional<Shape> shape = shapeOf(intent.form());
        if (shape.isEmpty()) {
            return Outcome.PASS;
        }
        Optional<Outcome> answered = composed(shape.get(), intent, findings.evidence());
        if (answered.isEmpty() && isStrict(intent)) {
            // the fact itself is what is sought: look further down before saying the reports lack it
            answered = composed(shape.get(), intent, findings.widerEvidence());
        }
        return answered.orElse(isStrict(intent) ? new Outcome.Refused(policy.noEvidence(intent)) : Outcome.PASS);
    }

    private static Optional<Outcome> composed(Shape shape, Intent intent, List<Candidate> evidence) {
        if (evidence.isEmpty()) {
            return Optional.empty();
        }
        CitationBook book = new CitationBook();
        AnswerKind kind = intent.form() == Form.SAID_BY ? AnswerKind.LIST : AnswerKind.ANSWER;
        return shape.compose(intent, evidence, book)
                .map(text -> new Outcome.Answered(CitationBook.markersIn(text), book.citations(), kind));
    }

    private Optional<Shape> shapeOf(Form form) {
        return Optional.ofNullable(switch (form) {
            case WHO, WHO_SAID, PRESIDED, ATTENDED, SPOKE -> new WhoShape();
            case WHEN -> new WhenShape(records);
            case WHERE -> new WhereShape(records);
            case HOW_MANY -> new HowManyShape();
            case ROLE -> new RoleShape();
            case SAID_BY -> new WhatSaidShape();
            default -> null;
        });
    }

    /** True when only the form's own fact answers: a date, a place, a role, or a number of a named unit. */
    private static boolean isStrict(Intent intent) {
        return switch (intent.form()) {
            case WHEN, WHERE, ROLE -> true;
            case HOW_MANY -> !intent.unit().isEmpty();
            default -> false;
        };
    }
}
