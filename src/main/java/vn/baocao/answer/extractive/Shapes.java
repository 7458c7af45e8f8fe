package vn.baocao.answer.extractive;

import vn.baocao.search.QuestionType;

/** Which {@link Shape} composes the answer to each type of question. */
final class Shapes {
    private Shapes() {
    }

    static Shape forType(QuestionType type) {
        return switch (type) {
            case WHO -> new WhoShape();
            case WHEN -> new WhenShape();
            case WHERE -> new WhereShape();
            case HOW_MANY -> new HowManyShape();
            case WHAT_SAID -> new WhatSaidShape();
            default -> new GeneralShape();
        };
    }
}
