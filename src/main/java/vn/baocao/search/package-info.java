/** Turns a question into a query intent and retrieves ranked, citable passages from the index. */
package vn.baocao.search;
