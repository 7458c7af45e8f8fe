/** Reads report files of every supported format, cleans them and extracts metadata and passages for the index. */
package vn.baocao.ingest;
