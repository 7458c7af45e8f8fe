package vn.baocao.answer.extractive;

import java.util.EnumSet;
import java.util.Set;
import java.util.regex.Pattern;
import vn.baocao.search.QuestionType;
import vn.baocao.text.VietnameseText;

/** Which {@link Shape} composes the answer to a question, and whether only that shape will do. */
final class Shapes {
    /** Questions that want one kind of fact; a sentence without it is no answer. */
    private static final Set<QuestionType> STRICT = EnumSet.of(QuestionType.WHO, QuestionType.WHEN,
            QuestionType.WHERE, QuestionType.HOW_MANY);
    private static final Pattern ASKS_ROLE = Pattern.compile(
            "\\b(chuc vu|chuc danh|giu chuc|vai tro gi|la ai|lam gi|la nguoi nao|who is)\\b");

    private Shapes() {
    }

    /** The shape for {@code ask}: the role of a named person, or the shape of its question type. */
    static Shape forQuestion(Ask ask) {
        if (asksRole(ask)) {
            return new RoleShape();
        }
        if (GeneralShape.asksWhichReport(ask)) {
            return new GeneralShape();
        }
        return switch (ask.type()) {
            case WHO -> new WhoShape();
            case WHEN -> new WhenShape();
            case WHERE -> new WhereShape();
            case HOW_MANY -> new HowManyShape();
            case WHAT_SAID -> new WhatSaidShape();
            default -> new GeneralShape();
        };
    }

    /** True when only the question's own shape answers it (no general fallback). */
    static boolean isStrict(Ask ask) {
        return asksRole(ask) || STRICT.contains(ask.type()) && !GeneralShape.asksWhichReport(ask);
    }

    private static boolean asksRole(Ask ask) {
        return ask.person() != null && ASKS_ROLE.matcher(VietnameseText.fold(ask.question())).find();
    }
}
