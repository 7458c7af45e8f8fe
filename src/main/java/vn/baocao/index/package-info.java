/** The only Lucene writer: analyzers, field names and the on-disk index of passages. */
package vn.baocao.index;
