/** The language of the domain in one place: speech verbs, titles, names and abbreviations, paraphrases, question words, loaded from data. */
package vn.baocao.lexicon;
