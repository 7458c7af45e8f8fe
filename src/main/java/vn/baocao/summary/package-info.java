/** Summaries of a report, a conference, a person, a year or a comparison of two, every point cited. */
package vn.baocao.summary;
