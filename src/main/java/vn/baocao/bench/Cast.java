package vn.baocao.bench;

import java.util.List;
import java.util.SplittableRandom;

/**
 * The people and places of the synthetic archive, a pure function of the seed: thousands of
 * Vietnamese names built from common family, middle and given names, and for every year the leaders
 * who chair and attend its conferences (a minister, a prime minister and a deputy prime minister who
 * keep office for a five-year term), so that "who chaired the 2015 review" has one answer in every
 * report of that conference.
 */
final class Cast {
    private static final List<String> FAMILY = List.of("Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Huỳnh", "Phan",
            "Vũ", "Võ", "Đặng", "Bùi", "Đỗ", "Hồ", "Ngô", "Dương", "Lý", "Đinh", "Trịnh");
    private static final List<String> MIDDLE = List.of("Văn", "Thị", "Minh", "Thanh", "Hữu", "Đức", "Quốc",
            "Hoài", "Bích", "Lưu", "Bình", "Xuân", "Hồng", "Tấn", "Gia", "Công");
    private static final List<String> GIVEN = List.of("Sơn", "Chính", "Quang", "Ngọc", "Nam", "Hà", "Khái",
            "Hùng", "Dũng", "Lan", "Hương", "Tuấn", "Long", "Phúc", "Thắng", "Hải", "Trung", "Việt", "Anh",
            "Thảo", "Vinh", "Cường", "Hiếu", "Tâm", "Nga", "Khôi", "Bảo", "Huy");
    /** Provinces that send delegations to the review conferences' video links. */
    static final List<String> PROVINCES = List.of("Cao Bằng", "Quảng Trị", "Lào Cai", "Hà Giang", "Nghệ An",
            "Thanh Hóa", "Đà Nẵng", "Khánh Hòa", "Lâm Đồng", "Cần Thơ", "An Giang", "Kiên Giang", "Hải Phòng",
            "Quảng Ninh", "Bắc Ninh", "Thái Nguyên", "Sơn La", "Điện Biên", "Gia Lai", "Đắk Lắk", "Bình Định",
            "Phú Yên", "Cà Mau", "Bến Tre", "Long An", "Tây Ninh", "Bình Dương", "Đồng Nai");
    private static final int TERM_YEARS = 5;

    private final long seed;

    Cast(long seed) {
        this.seed = seed;
    }

    /** The foreign minister in office in {@code year}. */
    String minister(int year) {
        return leader(year, 1);
    }

    /** The prime minister in office in {@code year}. */
    String primeMinister(int year) {
        return leader(year, 2);
    }

    /** The deputy prime minister who oversees foreign affairs in {@code year}. */
    String deputyPrimeMinister(int year) {
        return leader(year, 3);
    }

    /** Anyone: a delegate, a provincial leader, a deputy minister. */
    static String anyone(SplittableRandom random) {
        return pick(FAMILY, random) + " " + pick(MIDDLE, random) + " " + pick(GIVEN, random);
    }

    static String province(SplittableRandom random) {
        return pick(PROVINCES, random);
    }

    static <T> T pick(List<T> list, SplittableRandom random) {
        return list.get(random.nextInt(list.size()));
    }

    private String leader(int year, int office) {
        long term = Math.floorDiv(year, TERM_YEARS);
        return anyone(new SplittableRandom(seed * 31 + term * 7 + office));
    }
}
