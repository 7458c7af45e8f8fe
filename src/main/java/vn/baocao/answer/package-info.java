/** Answers with citations: the composer contract and the records every channel shows. */
package vn.baocao.answer;
