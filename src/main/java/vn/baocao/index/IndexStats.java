package vn.baocao.index;

/**
 * How much the last commit of an index holds.
 *
 * @param reports  the number of reports
 * @param passages the number of passages over all reports
 */
public record IndexStats(int reports, int passages) {
}
