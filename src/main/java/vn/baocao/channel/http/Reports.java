package vn.baocao.channel.http;

import java.util.List;
import vn.baocao.channel.Library;
import vn.baocao.report.Meeting;
import vn.baocao.report.ReportInfo;
import vn.baocao.report.Speaker;

/**
 * What the HTTP API reads from the report index besides answers: the bots' {@link Library} (passages by
 * identity, counts), and the conferences, speakers and reports it lists. Implemented by the application over
 * its index; implementations are thread-safe and read what the index holds now, uploads included.
 */
public interface Reports extends Library {
    /** The conferences, earliest first, as {@code baocao conferences} lists them. */
    List<Meeting> meetings();

    /** The people the reports quote, most statements first, as {@code baocao speakers} lists them. */
    List<Speaker> speakers();

    /** Every report, with its metadata. */
    List<ReportInfo> reports();

    /** The index's schema version, which {@code /health} reports. */
    String schema();
}
