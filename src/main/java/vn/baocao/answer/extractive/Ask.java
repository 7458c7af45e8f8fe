package vn.baocao.answer.extractive;

import java.util.List;
import vn.baocao.report.Person;
import vn.baocao.search.QuestionType;

/**
 * A question as the composer sees it.
 *
 * @param question      the question as read: normalised, and in Vietnamese when asked in English
 * @param type          what kind of answer it wants
 * @param person        the person it names, or null
 * @param titles        the titles it names ("thủ tướng", "bộ trưởng bộ công an"), for when no name is given
 * @param weights       the weights of its content terms
 * @param syllables     its folded syllables, in order, question words included
 */
record Ask(String question, QuestionType type, Person person, List<TitleHeads.Title> titles, Weights weights,
           List<String> syllables) {
}
