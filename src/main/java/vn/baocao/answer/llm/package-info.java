/** The LangChain4j composer: a configured chat model writes the answer from numbered report passages, and the reply is checked before it is shown. */
package vn.baocao.answer.llm;
