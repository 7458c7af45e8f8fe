/** The benchmark: a synthetic report archive, a fixed question mix, and timings of ingest, search and answers. */
package vn.baocao.bench;
