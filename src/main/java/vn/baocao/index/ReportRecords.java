package vn.baocao.index;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.store.ByteArrayDataInput;
import org.apache.lucene.store.ByteBuffersDataOutput;
import org.apache.lucene.util.BytesRef;
import vn.baocao.report.Conference;
import vn.baocao.report.ConferenceKind;
import vn.baocao.report.Participation;
import vn.baocao.report.Person;
import vn.baocao.report.Report;
import vn.baocao.report.ReportInfo;
import vn.baocao.report.Statement;

/**
 * Encodes what the catalog lists of a report — its metadata ({@link Fields#REPORT_RECORD}), and who
 * took part and who spoke ({@link Fields#REPORT_ROLES}) — as the binary doc values of its report
 * document, and decodes them. Doc values are read column by column: listing 100,000 reports from
 * stored fields decompressed a block of passage text per report and took seconds.
 *
 * <p>Strings are written with their length, so any text round-trips; {@link #decodeInfo} and
 * {@link #decodeRoles} read exactly what {@link #encode(ReportInfo)} and {@link #encodeRoles} write.
 */
final class ReportRecords {
    private static final String NO_CONFERENCE = "";

    private ReportRecords() {
    }

    /**
     * What a report took part in, as its document's doc value gives it: its participations, and who
     * speaks in its statements, in text order, one entry per run of statements by the same speaker.
     */
    record Roles(List<Participation> participations, List<Spoken> speakers) {
    }

    /**
     * A run of {@code statements} consecutive statements by {@code person}. A speaker is usually quoted
     * several sentences in a row; one entry per statement made decoding the speakers of 100,000 reports
     * decode a million names.
     */
    record Spoken(Person person, int statements) {
    }

    /** {@code info} as the value of {@link Fields#REPORT_RECORD}. */
    static BytesRef encode(ReportInfo info) {
        ByteBuffersDataOutput out = new ByteBuffersDataOutput();
        write(out, info.id(), info.source(), info.url(), info.title(), info.place());
        write(out, info.credits().author(), info.credits().publisher(), info.credits().number());
        writeInt(out, info.credits().issued() == null ? 0 : ReportDocuments.yyyymmdd(info.credits().issued()));
        write(out, info.credits().addressee(), info.credits().recipients(), info.credits().photos(),
                info.credits().views());
        writeInt(out, info.date() == null ? 0 : ReportDocuments.yyyymmdd(info.date()));
        Conference c = info.conference();
        write(out, c == null ? NO_CONFERENCE : c.name());
        if (c != null) {
            write(out, c.kind().name());
            writeInt(out, c.periodYear());
            writeInt(out, c.ordinal());
        }
        return new BytesRef(out.toArrayCopy());
    }

    /** The report metadata {@link #encode(ReportInfo)} wrote into {@code bytes}; recurring parts from {@code shared}. */
    static ReportInfo decodeInfo(BytesRef bytes, Interner shared) {
        try {
            return readInfo(new ByteArrayDataInput(bytes.bytes, bytes.offset, bytes.length), shared);
        } catch (IOException e) {
            throw new UncheckedIOException("a report record in the index cannot be read", e);
        }
    }

    /**
     * The source a report record names, read from its start only — id, then source — which every schema
     * of the record has written first, so an index of an older schema can be re-ingested from it.
     */
    static String sourceOf(BytesRef bytes) {
        try {
            ByteArrayDataInput in = new ByteArrayDataInput(bytes.bytes, bytes.offset, bytes.length);
            in.readString(); // the id
            return in.readString();
        } catch (IOException | RuntimeException e) {
            throw new UncheckedIOException("a report record in the index cannot be read",
                    e instanceof IOException io ? io : new IOException(e));
        }
    }

    private static ReportInfo readInfo(ByteArrayDataInput in, Interner shared) throws IOException {
        String id = in.readString();
        String source = in.readString();
        String url = in.readString();
        String title = in.readString();
        String place = shared.of(in.readString());
        String author = in.readString();
        String publisher = shared.of(in.readString());
        String number = in.readString();
        LocalDate issued = dayOf(in.readVInt());
        ReportInfo.Credits credits = new ReportInfo.Credits(author, publisher, number, issued, in.readString(), in.readString(),
                in.readString(), in.readString());
        LocalDate date = dayOf(in.readVInt());
        String name = in.readString();
        Conference conference = name.equals(NO_CONFERENCE) ? null
                : new Conference(name, ConferenceKind.valueOf(in.readString()), in.readVInt(), in.readVInt());
        return new ReportInfo(id, source, url, title, date, place, shared.of(conference), credits);
    }

    /** The day written as yyyymmdd, or null for 0. */
    private static LocalDate dayOf(int yyyymmdd) {
        return yyyymmdd == 0 ? null : LocalDate.of(yyyymmdd / 10_000, yyyymmdd / 100 % 100, yyyymmdd % 100);
    }

    /** The participations and statement speakers of {@code report} as the value of {@link Fields#REPORT_ROLES}. */
    static BytesRef encodeRoles(Report report) {
        ByteBuffersDataOutput out = new ByteBuffersDataOutput();
        writeInt(out, report.participations().size());
        for (Participation p : report.participations()) {
            write(out, p.person().name(), p.person().role(), p.part().name(), p.point(), p.sentence());
            writeInt(out, p.passageOrdinal());
        }
        List<Spoken> runs = runs(report.statements());
        writeInt(out, runs.size());
        for (Spoken run : runs) {
            write(out, run.person().name(), run.person().role());
            writeInt(out, run.statements());
        }
        return new BytesRef(out.toArrayCopy());
    }

    /** The roles {@link #encodeRoles} wrote into {@code bytes}, for report {@code info}; people and places from {@code shared}. */
    static Roles decodeRoles(BytesRef bytes, ReportInfo info, Interner shared) {
        try {
            return readRoles(new ByteArrayDataInput(bytes.bytes, bytes.offset, bytes.length), info, shared);
        } catch (IOException e) {
            throw new UncheckedIOException("the roles of report " + info.id() + " in the index cannot be read", e);
        }
    }

    private static Roles readRoles(ByteArrayDataInput in, ReportInfo info, Interner shared) throws IOException {
        int count = in.readVInt();
        List<Participation> participations = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            Person person = shared.of(new Person(in.readString(), in.readString()));
            Participation.Part part = Participation.Part.valueOf(in.readString());
            String point = shared.of(in.readString());
            String sentence = in.readString();
            participations.add(new Participation(info, in.readVInt(), person, part, point, sentence));
        }
        int runs = in.readVInt();
        List<Spoken> speakers = new ArrayList<>(runs);
        for (int i = 0; i < runs; i++) {
            speakers.add(new Spoken(shared.of(new Person(in.readString(), in.readString())), in.readVInt()));
        }
        return new Roles(participations, speakers);
    }

    private static List<Spoken> runs(List<Statement> statements) {
        List<Spoken> runs = new ArrayList<>();
        for (Statement s : statements) {
            Spoken last = runs.isEmpty() ? null : runs.getLast();
            if (last != null && last.person().equals(s.speaker())) {
                runs.set(runs.size() - 1, new Spoken(last.person(), last.statements() + 1));
            } else {
                runs.add(new Spoken(s.speaker(), 1));
            }
        }
        return runs;
    }

    private static void write(ByteBuffersDataOutput out, String... values) {
        for (String value : values) {
            out.writeString(value);
        }
    }

    private static void writeInt(ByteBuffersDataOutput out, int value) {
        try {
            out.writeVInt(value);
        } catch (IOException e) { // declared by DataOutput; writing to memory does not fail
            throw new UncheckedIOException(e);
        }
    }
}
