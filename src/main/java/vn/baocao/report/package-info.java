/** Domain records of reports, conferences, people and passages; depends on no library. */
package vn.baocao.report;
