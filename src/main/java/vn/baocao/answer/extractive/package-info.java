/** The offline composer: picks and cites report sentences that answer the question, or abstains. */
package vn.baocao.answer.extractive;
